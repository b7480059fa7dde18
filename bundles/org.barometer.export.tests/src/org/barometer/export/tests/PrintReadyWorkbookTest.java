package org.barometer.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.export.xlsx.ArchiveWorkbookWriter;
import org.barometer.export.xlsx.IssueWorkbookWriter;
import org.barometer.export.xlsx.Paper;
import org.barometer.model.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;

/**
 * The workbooks print untouched (issue 12): every sheet on A4 (or the paper asked for), one
 * page wide, its header row repeated, a header naming publication, issue and sheet, page
 * numbers in the footer; the archive's charts each on a page of its own; rows as high as
 * their text; a default cell style other readers find.
 */
class PrintReadyWorkbookTest {

	@TempDir
	Path folder;

	@Test
	void everySheetOfAnIssueWorkbookIsSetUpForPrinting() throws IOException {
		Issue issue = ExampleIssues.examples().get(1);
		Path file = folder.resolve("issue-18.xlsx");
		new IssueWorkbookWriter().write(issue, file);
		try (XSSFWorkbook workbook = IssueWorkbookWriterTest.read(file)) {
			assertEquals(7, workbook.getNumberOfSheets(), "Summary, five relationships, Security");
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				XSSFSheet sheet = workbook.getSheetAt(i);
				String name = sheet.getSheetName();
				assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize(), name + ": A4");
				assertTrue(sheet.getFitToPage(), name + ": fitted to the page");
				assertEquals(1, sheet.getPrintSetup().getFitWidth(), name + ": one page wide");
				assertEquals(0, sheet.getPrintSetup().getFitHeight(), name + ": as many pages long as needed");
				assertEquals("1:1", sheet.getRepeatingRows().formatAsString(), name + ": the header row on every page");
				assertEquals("Minsk Barometer № 18 (November and December 2020)", sheet.getHeader().getLeft(), name + ": header");
				assertEquals(name, sheet.getHeader().getRight(), name + ": the sheet named in the header");
				assertEquals("Page &P of &N", sheet.getFooter().getCenter(), name + ": page numbers");
			}
		}
		assertDefaultCellStyle(file);
		Path letter = folder.resolve("issue-18-letter.xlsx");
		new IssueWorkbookWriter(Paper.LETTER).write(issue, letter);
		try (XSSFWorkbook workbook = IssueWorkbookWriterTest.read(letter)) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				assertEquals(PrintSetup.LETTER_PAPERSIZE, workbook.getSheetAt(i).getPrintSetup().getPaperSize());
			}
		}
	}

	@Test
	void rowsAreAsHighAsTheirTextWrappedInArial() throws IOException {
		String oneLine = "Telephone conversation between the foreign ministers on the political crisis and the sanctions list";
		String threeLines = "Lukashenka's statement about the readiness to hand over the power after the adoption of a new constitution, "
				+ "made at a meeting with the students and the teaching staff of the Belarusian State Medical University, "
				+ "and the ensuing debate on constitutional reform";
		Issue issue = ExampleIssues.parse("""
				profile P relationships { Russia "Russia" }
				""", """
				issue 1 of P period November-December 2020
				relationship Russia { events
				  1 November "%s" +1
				  2 November "%s" +1
				  3 November "Short" +1
				}
				""".formatted(oneLine, threeLines));
		Path file = folder.resolve("heights.xlsx");
		new IssueWorkbookWriter().write(issue, file);
		try (XSSFWorkbook workbook = IssueWorkbookWriterTest.read(file)) {
			XSSFSheet sheet = workbook.getSheet("Russia");
			float line = sheet.getDefaultRowHeightInPoints();
			XSSFRow first = sheet.getRow(1);
			assertFalse(first.getCTRow().isSetCustomHeight() && first.getHeightInPoints() > line,
					"a 99-character event fits the 90-character column on one line: " + first.getHeightInPoints());
			float three = sheet.getRow(2).getHeightInPoints();
			assertTrue(three > 2.5 * line && three < 3.5 * line + 4, "three lines of text, three lines of height: " + three);
			assertEquals(line, sheet.getRow(3).getHeightInPoints());
		}
	}

	@Test
	void theArchivePrintsItsTableThenEachChartOnAPageOfItsOwn() throws IOException {
		Path file = folder.resolve("archive.xlsx");
		new ArchiveWorkbookWriter().write(ExampleIssues.examples(), file);
		try (XSSFWorkbook workbook = IssueWorkbookWriterTest.read(file)) {
			XSSFSheet sheet = workbook.getSheet("Dynamics");
			assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
			assertTrue(sheet.getPrintSetup().getLandscape(), "landscape: the charts are wide");
			assertFalse(sheet.getFitToPage(), "fitted to pages, Excel would ignore the page breaks");
			assertEquals("1:1", sheet.getRepeatingRows().formatAsString());
			assertEquals("Index dynamics, 2 issues", sheet.getHeader().getLeft());
			assertEquals("Page &P of &N", sheet.getFooter().getCenter());
			int lastTableRow = sheet.getLastRowNum();
			assertEquals(2, lastTableRow, "two issues under the headings");

			int[] breaks = sheet.getRowBreaks();
			List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
			assertEquals(2, charts.size());
			assertEquals(2, breaks.length, "a page break before each chart");
			assertEquals(lastTableRow, breaks[0], "the first chart starts a page after the table");
			List<int[]> spans = new ArrayList<>();
			int lastColumn = sheet.getRow(0).getLastCellNum() - 1;
			for (CTTwoCellAnchor anchor : sheet.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorList()) {
				spans.add(new int[] { anchor.getFrom().getRow(), anchor.getTo().getRow() });
				// as wide as the table, ending inside its last column: one more would print a page of its own
				assertEquals(0, anchor.getFrom().getCol());
				assertEquals(lastColumn, anchor.getTo().getCol(), "the chart ends in the table's last column");
			}
			assertEquals(2, spans.size(), "the charts' anchors");
			for (int c = 0; c < 2; c++) {
				int start = spans.get(c)[0];
				int end = spans.get(c)[1];
				assertEquals(breaks[c] + 1, start, "chart " + c + " at the top of its page");
				if (c + 1 < breaks.length) {
					assertTrue(end <= breaks[c + 1] + 1, "chart " + c + " ends before the next page break: " + end + " > " + breaks[c + 1]);
				}
				// a landscape A4 page has 487 pt between its margins, less the repeated header row: a chart never runs over
				float height = (end - start) * sheet.getDefaultRowHeightInPoints();
				assertTrue(height < 487 - sheet.getDefaultRowHeightInPoints(), "chart " + c + " fits a page: " + height + " pt");
			}
		}
		assertDefaultCellStyle(file);
	}

	/** styles.xml names the default style, after the cell formats as the schema orders them. */
	private static void assertDefaultCellStyle(Path file) throws IOException {
		String styles;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
		}
		int normal = styles.indexOf("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
		assertTrue(normal > 0, "styles.xml names its default style: " + styles);
		assertTrue(styles.indexOf("</cellXfs>") < normal, "after the cell formats: " + styles);
		int dxfs = styles.indexOf("<dxfs");
		assertTrue(dxfs < 0 || dxfs > normal, "before the conditional formats: " + styles);
	}
}
