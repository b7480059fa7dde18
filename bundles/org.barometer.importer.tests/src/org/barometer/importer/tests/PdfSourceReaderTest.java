package org.barometer.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.barometer.importer.pdf.PdfSourceReader;
import org.barometer.importer.source.SourceDocument;
import org.barometer.importer.source.SourceLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF reader on pages whose every word the test places: rows and columns come from the
 * positions, not from the order the PDF draws the text in.
 */
class PdfSourceReaderTest {

	private static final String HEAD = "MINSK BAROMETER: Monitoring of foreign policy and regional security";

	@TempDir
	Path folder;

	private final PdfSourceReader reader = new PdfSourceReader();

	/** A catalogue whose rows are set apart by padding: 12 pt between a cell's lines, 18 pt between rows. */
	private PdfPages paddedCatalogue() {
		return new PdfPages().page()
				.at(60, 40, 8, HEAD)
				.at(60, 100, 14, "Relationship with Russia")
				.at(60, 130, "Date").at(160, 130, "Event").at(510, 130, "Score")
				.at(60, 148, "1 November").at(160, 148, "Reduction in roaming fees").at(510, 148, "+1")
				.at(60, 166, "3 November").at(160, 166, "Connection of the first unit of the Belarusian nuclear power plant to")
				.at(510, 166, "+2")
				.at(160, 178, "the national grid")
				.at(60, 196, "28 October -").at(160, 196, "Adoption of the Strategy of Foreign Policy for").at(510, 196, "-1")
				.at(60, 208, "8 November").at(160, 208, "2021-2025")
				.at(60, 226, "17 December").at(160, 226, "KGB head Cierciel's visit to Grodno Azot. Statement about")
				.at(510, 226, "-1")
				.at(160, 238, "\"Russian puppeteers\" and the co-").at(160, 250, "operation that followed")
				.at(60, 268, "Total").at(510, 268, "+1")
				.at(290, 800, "27")
				.page()
				.at(60, 40, 8, HEAD)
				.at(60, 100, "Date").at(160, 100, "Event").at(510, 100, "Score")
				.at(60, 118, "November-").at(160, 118, "Russia's support for the Belarusian leadership").at(510, 118, "+2")
				.at(60, 130, "December")
				.at(60, 148, "Total").at(510, 148, "+2")
				.at(290, 800, "28");
	}

	@Test
	void tableRowsBecomeTabSeparatedLinesWithWrappedCellsJoined() throws Exception {
		SourceDocument document = reader.read(paddedCatalogue().save(folder.resolve("issue.pdf")));
		assertEquals(List.of(HEAD, "Relationship with Russia",
				"Date\tEvent\tScore",
				"1 November\tReduction in roaming fees\t+1",
				"3 November\tConnection of the first unit of the Belarusian nuclear power plant to the national grid\t+2",
				"28 October - 8 November\tAdoption of the Strategy of Foreign Policy for 2021-2025\t-1",
				"17 December\tKGB head Cierciel's visit to Grodno Azot. Statement about \"Russian puppeteers\" and the co-operation that followed\t-1",
				"Total\t\t+1",
				"27"), SourceLines.texts(document, 1));
		assertEquals(List.of(HEAD, "Date\tEvent\tScore",
				"November-December\tRussia's support for the Belarusian leadership\t+2",
				"Total\t\t+2",
				"28"), SourceLines.texts(document, 2));
		assertEquals("issue.pdf", document.name());
	}

	@Test
	void pagesAreThePdfsAndLinesAreCountedPerPage() throws Exception {
		SourceDocument document = reader.read(paddedCatalogue().save(folder.resolve("issue.pdf")));
		SourceLine pageNumber = SourceLines.find(document, "28");
		assertEquals(2, pageNumber.page());
		SourceLine header = document.lines().stream().filter(l -> l.page() == 2 && l.text().startsWith("Date")).findFirst().orElseThrow();
		SourceLine firstOfPage = document.lines().stream().filter(l -> l.page() == 2).findFirst().orElseThrow();
		assertEquals(1, firstOfPage.line());
		assertEquals(HEAD, firstOfPage.text());
		assertEquals(true, header.line() > 1 && header.line() < pageNumber.line());
	}

	@Test
	void theOrderTheTextIsDrawnInDoesNotMatter() throws Exception {
		SourceDocument forwards = reader.read(paddedCatalogue().save(folder.resolve("forwards.pdf")));
		SourceDocument backwards = reader.read(paddedCatalogue().drawnBackwards().save(folder.resolve("backwards.pdf")));
		assertEquals(SourceLines.texts(forwards), SourceLines.texts(backwards));
	}

	@Test
	void withoutPaddingARowStartsAtEachDateUnlessTheDateRunsOn() throws Exception {
		PdfPages pages = new PdfPages().page()
				.at(60, 100, "Date").at(160, 100, "Event").at(420, 100, "National").at(500, 100, "Regional")
				.at(60, 112, "1 September").at(160, 112, "Joint exercise near the border").at(420, 112, "-1").at(500, 112, "-2")
				.at(60, 124, "5, 12,").at(160, 124, "Slavic Brotherhood joint exercise with").at(420, 124, "0").at(500, 124, "-1")
				.at(60, 136, "19 October").at(160, 136, "Russian paratroopers")
				.at(60, 148, "12-14 October")
				.at(160, 148, "A long description of a development that").at(420, 148, "+1").at(500, 148, "0")
				.at(160, 160, "wraps onto a second line")
				.at(60, 172, "-").at(160, 172, "An undated development").at(420, 172, "0").at(500, 172, "0")
				.at(60, 184, "20 October").at(160, 184, "The row after an undated one").at(420, 184, "+1").at(500, 184, "0")
				.at(60, 196, "Total").at(420, 196, "+1").at(500, 196, "-3 (Green)");
		SourceDocument document = reader.read(pages.save(folder.resolve("security.pdf")));
		assertEquals(List.of("Date\tEvent\tNational\tRegional",
				"1 September\tJoint exercise near the border\t-1\t-2",
				"5, 12, 19 October\tSlavic Brotherhood joint exercise with Russian paratroopers\t0\t-1",
				"12-14 October\tA long description of a development that wraps onto a second line\t+1\t0",
				"-\tAn undated development\t0\t0", "20 October\tThe row after an undated one\t+1\t0",
				"Total\t\t+1\t-3 (Green)"), SourceLines.texts(document));
	}

	@Test
	void runningTextStaysLinesWithABlankLineBetweenParagraphs() throws Exception {
		PdfPages pages = new PdfPages().page()
				.at(60, 100, "Russia continues to support the incumbent Belarusian authorities. Nevertheless,")
				.at(60, 114, "mutual discontent between Minsk and Moscow is growing      increasingly bitter.")
				.at(60, 140, "Aggregate index: +21")
				.at(60, 154, "Positive points: +27");
		SourceDocument document = reader.read(pages.save(folder.resolve("text.pdf")));
		assertEquals(List.of("Russia continues to support the incumbent Belarusian authorities. Nevertheless,",
				"mutual discontent between Minsk and Moscow is growing increasingly bitter.", "",
				"Aggregate index: +21", "Positive points: +27"),
				document.lines().stream().map(SourceLine::text).toList());
	}

	@Test
	void aListMarkerAtItsTabStopIsNoColumn() throws Exception {
		PdfPages pages = new PdfPages().page()
				.at(60, 100, "Trends")
				.at(60, 120, "1.").at(90, 120, "Communication trends in the two months appear to have been dissimilar:")
				.at(90, 132, "frequent in September, fewer in October.")
				.at(60, 146, "2.").at(90, 146, "Mutual discontent between Minsk and Moscow is growing.")
				.at(60, 160, "\u2022").at(90, 160, "SMARTBIOTECH LLC (Belarus);");
		SourceDocument document = reader.read(pages.save(folder.resolve("trends.pdf")));
		assertEquals(List.of("Trends", "1. Communication trends in the two months appear to have been dissimilar:",
				"frequent in September, fewer in October.", "2. Mutual discontent between Minsk and Moscow is growing.",
				"\u2022 SMARTBIOTECH LLC (Belarus);"), SourceLines.texts(document));
	}

	@Test
	void aCaptionAfterATableEndsItAndTheNextTableHasItsOwnColumns() throws Exception {
		PdfPages pages = new PdfPages().page()
				.at(60, 100, "Relationship").at(200, 100, "Aggregate index").at(330, 100, "Positive points").at(460, 100, "Negative points")
				.at(60, 114, "Russia").at(200, 114, "+23").at(330, 114, "+27").at(460, 114, "-4")
				.at(60, 128, "Ukraine").at(200, 128, "-7").at(330, 128, "+17").at(460, 128, "-24")
				.at(60, 150, "Security")
				.at(60, 172, "Index").at(320, 172, "Value")
				.at(60, 186, "National security").at(320, 186, "-8")
				.at(60, 200, "Regional tension").at(320, 200, "-10 (Yellow)");
		SourceDocument document = reader.read(pages.save(folder.resolve("summary.pdf")));
		assertEquals(List.of("Relationship\tAggregate index\tPositive points\tNegative points", "Russia\t+23\t+27\t-4",
				"Ukraine\t-7\t+17\t-24", "Security", "Index\tValue", "National security\t-8", "Regional tension\t-10 (Yellow)"),
				SourceLines.texts(document));
	}

	@Test
	void fontsThePdfDoesNotEmbedAreNotLookedUpAmongTheMachines() throws Exception {
		// PDFBox's own mapper would scan the machine's fonts and write its cache where pdfbox.fontcache points (the test's setting)
		Path cacheFolder = Path.of(System.getProperty("pdfbox.fontcache"));
		SourceDocument document = reader.read(paddedCatalogue().save(folder.resolve("helvetica-not-embedded.pdf")));
		assertEquals("Relationship with Russia", SourceLines.texts(document).get(1));
		assertEquals(false, java.nio.file.Files.exists(cacheFolder.resolve(".pdfbox.cache")), "a font cache written in " + cacheFolder);
	}
}
