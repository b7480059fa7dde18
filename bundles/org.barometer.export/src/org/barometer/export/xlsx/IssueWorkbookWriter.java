package org.barometer.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.export.ExportReadiness;
import org.barometer.export.IssueTitles;
import org.barometer.export.io.PoiDocuments;
import org.barometer.io.AtomicFileWriter;
import org.barometer.export.io.WrittenFileCheck;
import org.barometer.export.xlsx.internal.DefaultCellStyle;
import org.barometer.export.xlsx.internal.RowHeights;
import org.barometer.export.xlsx.internal.ScaleFormulas;
import org.barometer.export.xlsx.internal.SheetPrintSetup;
import org.barometer.export.xlsx.internal.SheetNames;
import org.barometer.export.xlsx.internal.WorkbookStyles;
import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;
import org.barometer.model.SecuritySection;
import org.barometer.model.navigation.Containers;

/**
 * The data of one issue for the charts desk: a Summary sheet, one sheet per relationship
 * (Date, Event, Score; total, positive and negative points as formulas) and a Security sheet
 * (both totals, and the regional one coloured by conditional formatting from the profile's
 * scale). Scores stay numbers, shown signed; formulas are evaluated before saving so that
 * every reader sees the values, including those that do not recalculate on opening.
 */
public final class IssueWorkbookWriter {

	public static final String SUMMARY_SHEET = "Summary";
	public static final String SECURITY_SHEET = "Security";

	/** Where a relationship sheet keeps its three indices. */
	private record RelationshipCells(String title, String sheet, String total, String positive, String negative) {
	}

	/** Where the Security sheet keeps its totals and the colour name. */
	private record SecurityCells(String sheet, String national, String regional, String colour) {
	}

	private final SheetPrintSetup print;

	/** Workbooks that print on A4. */
	public IssueWorkbookWriter() {
		this(Paper.A4);
	}

	/** Workbooks whose sheets print on the given paper. */
	public IssueWorkbookWriter(Paper paper) {
		this.print = new SheetPrintSetup(paper.excelCode());
	}

	/** Writes the file atomically: on failure the previous file is left as it was. */
	public void write(Issue issue, Path target) throws IOException {
		ExportReadiness.check(issue);
		stage(issue, target).commit();
	}

	/** Writes the file beside the target and checks that it opens; the target is replaced on {@code commit()}. */
	public AtomicFileWriter.Staged stage(Issue issue, Path target) throws IOException {
		return AtomicFileWriter.stage(target, out -> writeTo(issue, out), WrittenFileCheck.XLSX);
	}

	public void writeTo(Issue issue, OutputStream out) throws IOException {
		ExportReadiness.check(issue);
		PublicationProfile profile = Containers.profileOf(issue);
		XSSFWorkbook workbook = new XSSFWorkbook();
		try {
			WorkbookStyles styles = new WorkbookStyles(workbook);
			SheetNames names = new SheetNames();
			XSSFSheet summary = workbook.createSheet(names.unique(SUMMARY_SHEET));
			String securityName = issue.getSecurity() == null ? null : names.unique(SECURITY_SHEET);
			List<RelationshipCells> relationships = new ArrayList<>();
			for (RelationshipSection section : issue.getSections()) {
				String title = IssueTitles.relationship(section.getRelationship());
				relationships.add(relationshipSheet(workbook.createSheet(names.unique(title)), title, section, styles));
			}
			SecurityCells security = securityName == null ? null
					: securitySheet(workbook.createSheet(securityName), issue.getSecurity(), profile, styles);
			summarySheet(summary, issue, profile, relationships, security, styles);
			String document = IssueTitles.publication(profile) + " " + IssueTitles.issueLabel(issue);
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				XSSFSheet sheet = workbook.getSheetAt(i);
				RowHeights.fit(sheet);
				// the Summary's first row is its title; the others' their column headings
				print.apply(sheet, document, 1, sheet.getRow(0).getLastCellNum());
			}
			XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
			workbook.getProperties().getCoreProperties().setTitle(IssueTitles.publication(profile) + " " + IssueTitles.issueLabel(issue));
			workbook.getProperties().getCoreProperties().setCreator("Barometer Studio");
			DefaultCellStyle.addTo(workbook);
			workbook.write(out);
		} finally {
			PoiDocuments.release(workbook);
		}
	}

	private static RelationshipCells relationshipSheet(XSSFSheet sheet, String title, RelationshipSection section,
			WorkbookStyles styles) {
		header(sheet, styles, 2, "Date", "Event", "Score");
		int row = 1;
		for (RelationshipEvent event : section.getEvents()) {
			XSSFRow r = sheet.createRow(row++);
			text(r, 0, IssueTitles.dateAsWritten(event), styles.text);
			text(r, 1, event.getDescription(), styles.wrapped);
			number(r, 2, event.getScore(), styles.score);
		}
		String scores = section.getEvents().isEmpty() ? null : "C2:C" + row;
		String total = totalRow(sheet, row, IssueTitles.TOTAL, scores == null ? "0" : "SUM(" + scores + ")", styles);
		String positive = totalRow(sheet, row + 1, "Positive points", scores == null ? "0" : "SUMIF(" + scores + ",\">0\")", styles);
		String negative = totalRow(sheet, row + 2, "Negative points", scores == null ? "0" : "SUMIF(" + scores + ",\"<0\")", styles);
		layout(sheet, 18, 90, 10);
		return new RelationshipCells(title, sheet.getSheetName(), total, positive, negative);
	}

	private static SecurityCells securitySheet(XSSFSheet sheet, SecuritySection security, PublicationProfile profile,
			WorkbookStyles styles) {
		header(sheet, styles, 2, "Date", "Event", profile.getNationalAxisTitle(), profile.getRegionalAxisTitle());
		int row = 1;
		for (SecurityEvent event : security.getEvents()) {
			XSSFRow r = sheet.createRow(row++);
			text(r, 0, IssueTitles.dateAsWritten(event), styles.text);
			text(r, 1, event.getDescription(), styles.wrapped);
			number(r, 2, event.getNational(), styles.score);
			number(r, 3, event.getRegional(), styles.score);
		}
		boolean empty = security.getEvents().isEmpty();
		XSSFRow totals = sheet.createRow(row);
		text(totals, 0, IssueTitles.TOTAL, styles.totalLabel);
		text(totals, 1, "", styles.totalLabel);
		formula(totals, 2, empty ? "0" : "SUM(C2:C" + row + ")", styles.totalScore);
		formula(totals, 3, empty ? "0" : "SUM(D2:D" + row + ")", styles.totalScore);
		String regional = absolute(row, 3);
		XSSFRow colour = sheet.createRow(row + 1);
		text(colour, 0, "Colour", styles.totalLabel);
		formula(colour, 3, ScaleFormulas.colourName(profile.getScale(), regional), styles.totalText);
		ScaleFormulas.colour(sheet, profile.getScale(), regional, new CellRangeAddress(row, row + 1, 3, 3));
		layout(sheet, 18, 80, 12, 12);
		return new SecurityCells(sheet.getSheetName(), absolute(row, 2), regional, absolute(row + 1, 3));
	}

	private static void summarySheet(XSSFSheet sheet, Issue issue, PublicationProfile profile, List<RelationshipCells> relationships,
			SecurityCells security, WorkbookStyles styles) {
		text(sheet.createRow(0), 0, IssueTitles.publication(profile) + " " + IssueTitles.issueLabel(issue), styles.title);
		int row = 2;
		if (!relationships.isEmpty()) {
			headerAt(sheet.createRow(row++), styles, 1, "Relationship", "Aggregate index", "Positive points", "Negative points");
			for (RelationshipCells cells : relationships) {
				XSSFRow r = sheet.createRow(row++);
				text(r, 0, cells.title(), styles.text);
				formula(r, 1, SheetNames.reference(cells.sheet(), cells.total()), styles.score);
				formula(r, 2, SheetNames.reference(cells.sheet(), cells.positive()), styles.score);
				formula(r, 3, SheetNames.reference(cells.sheet(), cells.negative()), styles.score);
			}
			row++;
		}
		if (security != null) {
			String sheetName = security.sheet();
			XSSFRow securityHeader = sheet.createRow(row++);
			headerAt(securityHeader, styles, 1, "Security", "Index");
			text(securityHeader, 2, "Colour", styles.centredHeader);
			XSSFRow national = sheet.createRow(row++);
			text(national, 0, profile.getNationalAxisTitle(), styles.text);
			formula(national, 1, SheetNames.reference(sheetName, security.national()), styles.score);
			XSSFRow regional = sheet.createRow(row);
			text(regional, 0, profile.getRegionalAxisTitle(), styles.text);
			formula(regional, 1, SheetNames.reference(sheetName, security.regional()), styles.score);
			formula(regional, 2, SheetNames.reference(sheetName, security.colour()), styles.centred);
			ScaleFormulas.colour(sheet, profile.getScale(), absolute(row, 1), new CellRangeAddress(row, row, 1, 2));
		}
		layout(sheet, 30, 16, 16, 16);
	}

	private static String totalRow(XSSFSheet sheet, int row, String label, String formula, WorkbookStyles styles) {
		XSSFRow r = sheet.createRow(row);
		text(r, 0, label, styles.totalLabel);
		text(r, 1, "", styles.totalLabel);
		formula(r, 2, formula, styles.totalScore);
		return absolute(row, 2);
	}

	/** The first row: headings from {@code firstNumber} on head columns of numbers. */
	private static void header(XSSFSheet sheet, WorkbookStyles styles, int firstNumber, String... headings) {
		headerAt(sheet.createRow(0), styles, firstNumber, headings);
		sheet.createFreezePane(0, 1);
	}

	private static void headerAt(XSSFRow row, WorkbookStyles styles, int firstNumber, String... headings) {
		for (int i = 0; i < headings.length; i++) {
			text(row, i, headings[i], i >= firstNumber ? styles.numberHeader : styles.header);
		}
	}

	/** Column widths in characters (the print setup makes them one page wide). */
	private static void layout(XSSFSheet sheet, int... widths) {
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
	}

	private static void text(XSSFRow row, int column, String value, XSSFCellStyle style) {
		XSSFCell cell = row.createCell(column);
		cell.setCellValue(value == null ? "" : value);
		cell.setCellStyle(style);
	}

	private static void number(XSSFRow row, int column, int value, XSSFCellStyle style) {
		XSSFCell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void formula(XSSFRow row, int column, String formula, XSSFCellStyle style) {
		XSSFCell cell = row.createCell(column);
		cell.setCellFormula(formula);
		cell.setCellStyle(style);
	}

	private static String absolute(int row, int column) {
		return new CellReference(row, column, true, true).formatAsString();
	}
}
