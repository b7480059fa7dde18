package org.barometer.export.tests;

import static org.barometer.export.tests.DocxAssertions.assertPageNumberFooter;
import static org.barometer.export.tests.DocxAssertions.assertRow;
import static org.barometer.export.tests.DocxAssertions.assertTableLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.barometer.export.docx.AppendixDocxWriter;
import org.barometer.export.docx.DocxTemplate;
import org.barometer.export.docx.StyleIds;
import org.barometer.model.Band;
import org.barometer.model.ColourScale;
import org.barometer.model.Issue;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;
import org.barometer.model.SecuritySection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The Word appendices of issues 17 and 18, read back row by row. */
class AppendixDocxWriterTest {

	private static final String[] ROW_STYLES = { "TableText", "TableText", "TableScore" };
	private static final String[] TOTAL_STYLES = { "TableTotal", "TableTotal", "TableTotalScore" };

	@TempDir
	Path folder;

	@Test
	void everyCatalogueRowAndTotalOfTheExamples() throws IOException {
		List<Issue> issues = ExampleIssues.examples();
		assertEquals(List.of(17, 18), issues.stream().map(Issue::getNumber).toList());
		for (Issue issue : issues) {
			Path file = folder.resolve("issue-" + issue.getNumber() + "-appendices.docx");
			new AppendixDocxWriter(DocxTemplate.bundled(), false).write(issue, file);
			try (XWPFDocument document = read(file)) {
				assertPageNumberFooter(document);
				assertAppendices(document, issue, Expected.PORTRAIT_TEXT_WIDTH, "issue " + issue.getNumber());
			}
		}
	}

	@Test
	void landscapeTurnsThePageAndWidensTheTables() throws IOException {
		Issue issue = ExampleIssues.examples().get(1);
		Path file = folder.resolve("landscape.docx");
		new AppendixDocxWriter(DocxTemplate.bundled(), true).write(issue, file);
		try (XWPFDocument document = read(file)) {
			CTSectPr section = document.getDocument().getBody().getSectPr();
			assertEquals(STPageOrientation.LANDSCAPE, section.getPgSz().getOrient());
			assertTrue(DocxAssertions.twips(section.getPgSz().getW()) > DocxAssertions.twips(section.getPgSz().getH()));
			assertPageNumberFooter(document);
			assertAppendices(document, issue, Expected.LANDSCAPE_TEXT_WIDTH, "landscape");
		}
	}

	/** An issue whose regional tension index is -1, for profiles of a scale made to test. */
	private static final String REGIONAL_MINUS_ONE = """
			issue 1 of T period November-December 2020
			relationship Russia { events 1 November "A" +1 }
			security { events 2 November "B" 0 -1 }
			""";

	@Test
	void aRegionalTotalInAGapOfTheScaleSaysSoInsteadOfGuessingAColour() throws IOException {
		try (XWPFDocument document = appendicesWithScale("scale { band White above -1 colour #FFFFFF band Green from -6 to -2 colour #00B050 }")) {
			XWPFTable security = document.getTables().get(1);
			assertEquals("-1 (no colour band)", security.getRow(security.getNumberOfRows() - 1).getCell(3).getText());
			XWPFTable scale = document.getTables().get(2);
			assertEquals("higher than -1", scale.getRow(1).getCell(1).getText());
			assertEquals("from -2 to -6", scale.getRow(2).getCell(1).getText());
		}
	}

	@Test
	void aScaleWithoutBandsGetsNoAppendixOfAnEmptyTable() throws IOException {
		// the validator reports the empty scale; the export prints no colour and no empty table for it
		try (XWPFDocument document = appendicesWithScale("scale { }")) {
			assertEquals(List.of("Catalogue of events underlying the relations development indices", "Catalogue of events underlying the security indices"),
					document.getParagraphs().stream().filter(p -> "AppendixTitle".equals(p.getStyleID())).map(XWPFParagraph::getText).toList());
			assertEquals(2, document.getTables().size());
			XWPFTable security = document.getTables().get(1);
			assertEquals("-1 (no colour band)", security.getRow(security.getNumberOfRows() - 1).getCell(3).getText());
		}
	}

	/** The appendices of {@link #REGIONAL_MINUS_ONE} under a profile with this scale, written and read back. */
	private XWPFDocument appendicesWithScale(String scale) throws IOException {
		Issue issue = ExampleIssues.parse("profile T scores from -3 to +3 relationships { Russia }\n" + scale + "\n", REGIONAL_MINUS_ONE);
		Path file = folder.resolve("scale.docx");
		new AppendixDocxWriter(DocxTemplate.bundled(), false).write(issue, file);
		return read(file);
	}

	/** The whole appendix part, also used on the full issue. */
	static void assertAppendices(XWPFDocument document, Issue issue, int textWidth, String what) {
		for (String style : StyleIds.ALL) {
			assertNotNull(document.getStyles().getStyle(style), what + ": style " + style + " is defined");
		}
		List<String> headings = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyleID()))
				.map(XWPFParagraph::getText).filter(t -> t.startsWith("Appendix")).toList();
		assertEquals(List.of("Appendix 1", "Appendix 2", "Appendix 3"), headings, what);
		List<String> titles = document.getParagraphs().stream().filter(p -> "AppendixTitle".equals(p.getStyleID()))
				.map(XWPFParagraph::getText).toList();
		assertEquals(List.of("Catalogue of events underlying the relations development indices",
				"Catalogue of events underlying the security indices", "Colour scale of regional security tensions"), titles, what);

		List<XWPFTable> tables = appendixTables(document, issue);
		ColourScale scale = issue.getProfile().getScale();
		int t = 0;
		for (RelationshipSection section : issue.getSections()) {
			XWPFTable table = tables.get(t++);
			String where = what + ", " + section.getRelationship().getName();
			assertTableLayout(table, textWidth, 3, where);
			assertEquals("Relationship with " + expectedTitle(section), headingBefore(document, table), where);
			assertRow(table.getRow(0), new String[] { "Date", "Event", "Score" },
					new String[] { "TableHeading", "TableHeading", "TableHeadingNumber" }, where + " header");
			assertEquals(section.getEvents().size() + 2, table.getNumberOfRows(), where + ": header, rows, total");
			int r = 1;
			for (RelationshipEvent event : section.getEvents()) {
				assertRow(table.getRow(r), new String[] { Expected.date(event), event.getDescription(), Expected.signed(event.getScore()) },
						ROW_STYLES, where + " row " + r);
				r++;
			}
			assertRow(table.getRow(r), new String[] { "Total", "", Expected.signed(Expected.total(section)) }, TOTAL_STYLES,
					where + " total");
		}
		SecuritySection security = issue.getSecurity();
		XWPFTable table = tables.get(t++);
		assertTableLayout(table, textWidth, 4, what + ", security");
		assertRow(table.getRow(0), new String[] { "Date", "Event", "National security", "Regional tension" },
				new String[] { "TableHeading", "TableHeading", "TableHeadingNumber", "TableHeadingNumber" }, what + ", security header");
		assertEquals(security.getEvents().size() + 2, table.getNumberOfRows());
		int r = 1;
		for (SecurityEvent event : security.getEvents()) {
			assertRow(table.getRow(r), new String[] { Expected.date(event), event.getDescription(), Expected.signed(event.getNational()),
					Expected.signed(event.getRegional()) }, new String[] { "TableText", "TableText", "TableScore", "TableScore" },
					what + ", security row " + r);
			r++;
		}
		assertRow(table.getRow(r), new String[] { "Total", "", Expected.signed(Expected.national(security)),
				Expected.regionalTotal(security, scale) },
				new String[] { "TableTotal", "TableTotal", "TableTotalScore", "TableTotalScore" }, what + ", security total");
		Band regionalBand = Expected.band(scale, Expected.regional(security));
		assertEquals(regionalBand == null ? null : regionalBand.getColour().substring(1), table.getRow(r).getCell(3).getColor(),
				what + ": the regional total shaded with its band's colour, as in the index summary");

		table = tables.get(t);
		assertTableLayout(table, textWidth, 3, what + ", colour scale");
		assertRow(table.getRow(0), new String[] { "Colour Value", "Numerical Value", "Interpretation" },
				new String[] { "TableHeading", "TableHeading", "TableHeading" }, what + ", scale header");
		assertEquals(scale.getBands().size() + 1, table.getNumberOfRows());
		for (int b = 0; b < scale.getBands().size(); b++) {
			Band band = scale.getBands().get(b);
			assertRow(table.getRow(b + 1), new String[] { band.getName(), PUBLISHED_RANGES[b], band.getInterpretation() },
					new String[] { "TableText", "TableText", "TableText" }, what + ", band " + band.getName());
			XWPFTableCell swatch = table.getRow(b + 1).getCell(0);
			assertEquals(band.getColour().substring(1), swatch.getColor(), what + ": swatch of " + band.getName());
		}
	}

	/** The values column of Appendix 3 as the published issues print it. */
	private static final String[] PUBLISHED_RANGES = { "higher than -1", "from -2 to -6", "from -7 to -12", "from -13 to -17",
			"-18 and lower" };

	/** The relationship titles as the published issues print them after "Relationship with". */
	private static String expectedTitle(RelationshipSection section) {
		return switch (section.getRelationship().getName()) {
			case "EU" -> "the EU"; // the profile's short name, as the published appendices print it
			case "US" -> "the U.S.";
			default -> section.getRelationship().getTitle();
		};
	}

	/** The tables after the heading "Appendix 1" (not its entry in the contents). */
	static List<XWPFTable> appendixTables(XWPFDocument document, Issue issue) {
		int start = 0;
		for (int i = 0; i < document.getBodyElements().size(); i++) {
			if (document.getBodyElements().get(i) instanceof XWPFParagraph p && "Appendix 1".equals(p.getText())
					&& "Heading1".equals(p.getStyleID())) {
				start = i;
				break;
			}
		}
		return document.getBodyElements().subList(start, document.getBodyElements().size()).stream()
				.filter(XWPFTable.class::isInstance).map(XWPFTable.class::cast).toList();
	}

	private static String headingBefore(XWPFDocument document, XWPFTable table) {
		int index = document.getBodyElements().indexOf(table);
		XWPFParagraph heading = (XWPFParagraph) document.getBodyElements().get(index - 1);
		assertEquals("Heading2", heading.getStyleID());
		return heading.getText();
	}

	static XWPFDocument read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XWPFDocument(in);
		}
	}
}
