package org.barometer.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.EvaluationConditionalFormatRule;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.export.xlsx.IssueWorkbookWriter;
import org.barometer.model.Band;
import org.barometer.model.ColourScale;
import org.barometer.model.Issue;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;
import org.barometer.model.SecuritySection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbooks of issues 17 and 18: numbers, formulas and their values, the scale's colours. */
class IssueWorkbookWriterTest {

	private static final String SIGNED = "+0;-0;0";

	@TempDir
	Path folder;

	@Test
	void sheetsRowsFormulasAndColoursOfTheExamples() throws IOException {
		for (Issue issue : ExampleIssues.examples()) {
			Path file = folder.resolve("issue-" + issue.getNumber() + ".xlsx");
			new IssueWorkbookWriter().write(issue, file);
			try (XSSFWorkbook workbook = read(file)) {
				assertWorkbook(workbook, issue, "issue " + issue.getNumber());
			}
		}
	}

	private static void assertWorkbook(XSSFWorkbook workbook, Issue issue, String what) {
		List<String> sheets = new ArrayList<>(List.of("Summary"));
		issue.getSections().forEach(s -> sheets.add(s.getRelationship().getTitle()));
		sheets.add("Security");
		List<String> actual = new ArrayList<>();
		workbook.forEach(sheet -> actual.add(sheet.getSheetName()));
		assertEquals(sheets, actual, what);

		// the cached values were computed when saving; recomputing them here must agree
		XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
		ColourScale scale = issue.getProfile().getScale();
		XSSFSheet summary = workbook.getSheet("Summary");
		int summaryRow = 3;
		for (RelationshipSection section : issue.getSections()) {
			String title = section.getRelationship().getTitle();
			XSSFSheet sheet = workbook.getSheet(title);
			String where = what + ", " + title;
			assertHeader(sheet.getRow(0), "Date", "Event", "Score");
			int r = 1;
			for (RelationshipEvent event : section.getEvents()) {
				XSSFRow row = sheet.getRow(r++);
				assertEquals(Expected.date(event), row.getCell(0).getStringCellValue(), where + " date");
				assertEquals(event.getDescription(), row.getCell(1).getStringCellValue(), where + " event");
				assertNumber(row.getCell(2), event.getScore(), where + " score");
			}
			String scores = "C2:C" + r;
			assertTotal(sheet.getRow(r), "Total", "SUM(" + scores + ")", Expected.total(section), evaluator, where);
			assertTotal(sheet.getRow(r + 1), "Positive points", "SUMIF(" + scores + ",\">0\")", Expected.positive(section), evaluator, where);
			assertTotal(sheet.getRow(r + 2), "Negative points", "SUMIF(" + scores + ",\"<0\")", Expected.negative(section), evaluator, where);
			assertEquals(r + 3, sheet.getPhysicalNumberOfRows(), where + ": nothing after the totals");

			XSSFRow line = summary.getRow(summaryRow++);
			assertEquals(title, line.getCell(0).getStringCellValue());
			String quoted = "'" + title + "'!";
			assertFormula(line.getCell(1), quoted + "$C$" + (r + 1), Expected.total(section), evaluator, where + " in Summary");
			assertFormula(line.getCell(2), quoted + "$C$" + (r + 2), Expected.positive(section), evaluator, where + " in Summary");
			assertFormula(line.getCell(3), quoted + "$C$" + (r + 3), Expected.negative(section), evaluator, where + " in Summary");
		}

		SecuritySection security = issue.getSecurity();
		XSSFSheet sheet = workbook.getSheet("Security");
		assertHeader(sheet.getRow(0), "Date", "Event", "National security", "Regional tension");
		int r = 1;
		for (SecurityEvent event : security.getEvents()) {
			XSSFRow row = sheet.getRow(r++);
			assertEquals(Expected.date(event), row.getCell(0).getStringCellValue());
			assertEquals(event.getDescription(), row.getCell(1).getStringCellValue());
			assertNumber(row.getCell(2), event.getNational(), what + " national");
			assertNumber(row.getCell(3), event.getRegional(), what + " regional");
		}
		XSSFRow totals = sheet.getRow(r);
		assertEquals("Total", totals.getCell(0).getStringCellValue());
		assertFormula(totals.getCell(2), "SUM(C2:C" + r + ")", Expected.national(security), evaluator, what + " national total");
		assertFormula(totals.getCell(3), "SUM(D2:D" + r + ")", Expected.regional(security), evaluator, what + " regional total");
		XSSFCell colour = sheet.getRow(r + 1).getCell(3);
		assertEquals(Expected.colourName(scale, Expected.regional(security)), colour.getStringCellValue(), what + " colour, cached");
		assertEquals(Expected.colourName(scale, Expected.regional(security)), evaluator.evaluate(colour).getStringValue(), what + " colour");

		// conditional formatting: the band the total falls in, by the profile's bounds, gives the fill
		String regionalCell = "D" + (r + 1);
		assertFill(workbook, "Security", regionalCell, Expected.band(scale, Expected.regional(security)), what);
		assertFill(workbook, "Security", "D" + (r + 2), Expected.band(scale, Expected.regional(security)), what + " colour name");
		XSSFRow regionalSummary = summary.getRow(summaryRow + 3); // a blank row, the Security header, national, regional
		assertEquals("Regional tension", regionalSummary.getCell(0).getStringCellValue());
		assertFormula(regionalSummary.getCell(1), "'Security'!$D$" + (r + 1), Expected.regional(security), evaluator, what + " in Summary");
		assertFill(workbook, "Summary", "B" + (summaryRow + 4), Expected.band(scale, Expected.regional(security)), what + " Summary");

		// every value of the scale, edited into the total, gets the band the profile gives it (and -1, in no band, none)
		for (int value = -20; value <= 3; value++) {
			totals.getCell(3).removeFormula();
			totals.getCell(3).setCellValue(value);
			evaluator.clearAllCachedResultValues();
			assertEquals(Expected.colourName(scale, value), evaluator.evaluate(colour).getStringValue(), "colour name of " + value);
			assertFill(workbook, "Security", regionalCell, Expected.band(scale, value), "fill of " + value);
		}
	}

	private static void assertHeader(XSSFRow row, String... headings) {
		for (int c = 0; c < headings.length; c++) {
			assertEquals(headings[c], row.getCell(c).getStringCellValue());
			assertTrue(workbookFont(row, c), "header " + headings[c] + " is bold");
		}
	}

	private static boolean workbookFont(XSSFRow row, int column) {
		return row.getSheet().getWorkbook().getFontAt(row.getCell(column).getCellStyle().getFontIndex()).getBold();
	}

	private static void assertNumber(XSSFCell cell, int value, String what) {
		assertEquals(CellType.NUMERIC, cell.getCellType(), what + " stays a number");
		assertEquals(value, cell.getNumericCellValue(), what);
		assertEquals(SIGNED, cell.getCellStyle().getDataFormatString(), what + " shown signed");
	}

	private static void assertTotal(XSSFRow row, String label, String formula, int value, XSSFFormulaEvaluator evaluator, String what) {
		assertEquals(label, row.getCell(0).getStringCellValue(), what);
		assertFormula(row.getCell(2), formula, value, evaluator, what + " " + label);
	}

	private static void assertFormula(XSSFCell cell, String formula, int value, XSSFFormulaEvaluator evaluator, String what) {
		assertEquals(CellType.FORMULA, cell.getCellType(), what + " is a formula");
		assertEquals(formula, cell.getCellFormula(), what);
		assertEquals(value, cell.getNumericCellValue(), what + ": cached value");
		assertEquals(value, evaluator.evaluate(cell).getNumberValue(), what + ": evaluated");
		assertEquals(SIGNED, cell.getCellStyle().getDataFormatString(), what + " shown signed");
	}

	/** The fill the conditional formatting gives the cell: the band's colour, or none. */
	private static void assertFill(XSSFWorkbook workbook, String sheet, String cell, Band band, String what) {
		ConditionalFormattingEvaluator formatting = new ConditionalFormattingEvaluator(workbook,
				workbook.getCreationHelper().createFormulaEvaluator());
		List<EvaluationConditionalFormatRule> rules = formatting
				.getConditionalFormattingForCell(new CellReference(sheet + "!" + cell));
		if (band == null) {
			assertEquals(0, rules.size(), what + ": no band, no fill");
			return;
		}
		assertEquals(1, rules.size(), what + ": exactly one band's rule applies");
		XSSFColor fill = (XSSFColor) rules.get(0).getRule().getPatternFormatting().getFillBackgroundColorColor();
		String hex = band.getColour().substring(1);
		assertArrayEquals(new byte[] { (byte) Integer.parseInt(hex.substring(0, 2), 16), (byte) Integer.parseInt(hex.substring(2, 4), 16),
				(byte) Integer.parseInt(hex.substring(4, 6), 16) }, fill.getRGB(), what + ": fill of " + band.getName());
	}

	static XSSFWorkbook read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}
}
