package org.barometer.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.barometer.export.IssueTitles;
import org.barometer.export.SignedScore;
import org.barometer.export.docx.DocxTemplate;
import org.barometer.export.docx.IssueDocxWriter;
import org.barometer.importer.docx.DocxSourceReader;
import org.barometer.importer.pdf.PdfSourceReader;
import org.barometer.importer.source.SourceDocument;
import org.barometer.importer.source.SourceLine;
import org.barometer.model.Issue;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;
import org.barometer.model.SecuritySection;
import org.barometer.model.Trend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issues 17 and 18 as the product exports them (Word), and as LibreOffice makes PDFs of those:
 * both readers give every catalogue row as one tab-separated line, in order, with its wrapped
 * description joined, and the same rows from the PDF as from the Word file. The PDF part is
 * skipped where LibreOffice is not installed (CI installs it).
 */
class ExportedIssueReadingTest {

	@TempDir
	static Path folder;

	private static final List<Issue> issues = new ArrayList<>();
	private static final Map<Integer, Path> words = new TreeMap<>();

	@BeforeAll
	static void export() throws Exception {
		issues.addAll(Examples.issues());
		for (Issue issue : issues) {
			Path file = folder.resolve("issue-" + issue.getNumber() + ".docx");
			new IssueDocxWriter(DocxTemplate.bundled(), false).write(issue, file);
			words.put(issue.getNumber(), file);
		}
	}

	/** Every catalogue row, then the total row, of each relationship and of security, as the model holds them. */
	private static List<String> catalogueRows(Issue issue) {
		List<String> rows = new ArrayList<>();
		for (RelationshipSection section : issue.getSections()) {
			for (RelationshipEvent event : section.getEvents()) {
				rows.add(IssueTitles.dateAsWritten(event) + "\t" + event.getDescription() + "\t" + SignedScore.of(event.getScore()));
			}
			rows.add("Total\t\t" + SignedScore.of(section.getAggregateIndex()));
		}
		SecuritySection security = issue.getSecurity();
		for (SecurityEvent event : security.getEvents()) {
			rows.add(IssueTitles.dateAsWritten(event) + "\t" + event.getDescription() + "\t" + SignedScore.of(event.getNational()) + "\t"
					+ SignedScore.of(event.getRegional()));
		}
		rows.add("Total\t\t" + SignedScore.of(security.getNationalSecurityIndex()) + "\t" + IssueTitles.regionalTotal(security));
		return rows;
	}

	/** The document's catalogue rows: its lines with tabs, without the repeated header rows and the summary tables. */
	private static List<String> rowsRead(SourceDocument document, Issue issue) {
		List<String> expected = catalogueRows(issue);
		return document.lines().stream().map(SourceLine::text).filter(expected::contains).toList();
	}

	@Test
	void theWordExportsCataloguesReadBackRowByRow() throws Exception {
		for (Issue issue : issues) {
			SourceDocument document = new DocxSourceReader().read(words.get(issue.getNumber()));
			assertEquals(catalogueRows(issue), rowsRead(document, issue), "issue " + issue.getNumber());
			for (RelationshipSection section : issue.getSections()) {
				for (Trend trend : section.getTrends()) {
					String line = trend.getNumber() + ". " + trend.getText().strip().replaceAll("\\s+", " ");
					SourceLines.find(document, line);
				}
			}
			assertTrue(document.lines().stream().allMatch(line -> line.page() >= 1), "pages from the export's page breaks");
		}
	}

	@Test
	void theLibreOfficePdfsReadLikeTheWordFiles() throws Exception {
		assumeTrue(LibreOffice.installed(), "libreoffice is not installed");
		LibreOffice.toPdf(folder, words.values().toArray(Path[]::new));
		for (Issue issue : issues) {
			Path docx = words.get(issue.getNumber());
			SourceDocument pdf = new PdfSourceReader().read(LibreOffice.pdfOf(folder, docx));
			assertEquals(catalogueRows(issue), rowsRead(pdf, issue), "issue " + issue.getNumber());
			assertEquals(tableLines(new DocxSourceReader().read(docx)), tableLines(pdf), "every table the same");
			// the export prints each page's number at its foot, but the cover's: the reader's pages are the PDF's
			int pages = pdf.lines().get(pdf.lines().size() - 1).page();
			assertTrue(pages > 10);
			for (int page = 2; page <= pages; page++) {
				List<String> texts = SourceLines.texts(pdf, page);
				assertEquals(String.valueOf(page), texts.get(texts.size() - 1), "foot of page " + page);
			}
		}
	}

	/** The lines that are table rows, without the header rows a page break repeats. */
	private static List<String> tableLines(SourceDocument document) {
		List<String> lines = new ArrayList<>();
		for (SourceLine line : document.lines()) {
			if (line.text().contains("\t") && !line.text().startsWith("Date\tEvent\t")) {
				lines.add(line.text());
			}
		}
		return lines;
	}
}
