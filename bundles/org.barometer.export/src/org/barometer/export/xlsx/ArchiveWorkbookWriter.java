package org.barometer.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.export.ExportReadiness;
import org.barometer.export.IssueTitles;
import org.barometer.export.io.PoiDocuments;
import org.barometer.io.AtomicFileWriter;
import org.barometer.export.io.WrittenFileCheck;
import org.barometer.export.xlsx.internal.DefaultCellStyle;
import org.barometer.export.xlsx.internal.DynamicsChart;
import org.barometer.export.xlsx.internal.SheetPrintSetup;
import org.barometer.export.xlsx.internal.WorkbookStyles;
import org.barometer.model.Band;
import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.model.Relationship;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecuritySection;
import org.barometer.model.navigation.Containers;

/**
 * The index series of a run of issues, for the "Dynamics of foreign policy indices" chart: a
 * Dynamics sheet with one row per issue in the order of their periods and one column per
 * index, and native line charts drawn from it (the desk restyles them in Excel or Calc),
 * printed landscape: the table, then each chart on a page of its own.
 */
public final class ArchiveWorkbookWriter {

	public static final String DYNAMICS_SHEET = "Dynamics";

	/** Issues by period, then by number: the order of the series. */
	public static final Comparator<Issue> BY_PERIOD = Comparator
			.comparingInt((Issue issue) -> issue.getPeriod() == null ? 0 : issue.getPeriod().getYear())
			.thenComparingInt(issue -> issue.getPeriod() == null || issue.getPeriod().getFirstMonth() == null ? 0
					: issue.getPeriod().getFirstMonth().getValue())
			.thenComparingInt(Issue::getNumber);

	private final SheetPrintSetup print;

	/** An archive that prints on A4. */
	public ArchiveWorkbookWriter() {
		this(Paper.A4);
	}

	public ArchiveWorkbookWriter(Paper paper) {
		this.print = new SheetPrintSetup(paper.excelCode());
	}

	/** Writes the file atomically: on failure the previous file is left as it was. */
	public void write(List<Issue> issues, Path target) throws IOException {
		issues.forEach(ExportReadiness::check);
		stage(issues, target).commit();
	}

	/** Writes the file beside the target and checks that it opens; the target is replaced on {@code commit()}. */
	public AtomicFileWriter.Staged stage(List<Issue> issues, Path target) throws IOException {
		return AtomicFileWriter.stage(target, out -> writeTo(issues, out), WrittenFileCheck.XLSX);
	}

	public void writeTo(List<Issue> issues, OutputStream out) throws IOException {
		issues.forEach(ExportReadiness::check);
		List<Issue> ordered = new ArrayList<>(issues);
		ordered.sort(BY_PERIOD);
		Map<String, String> relationships = relationshipColumns(ordered);
		boolean security = ordered.stream().anyMatch(i -> i.getSecurity() != null);
		XSSFWorkbook workbook = new XSSFWorkbook();
		try {
			WorkbookStyles styles = new WorkbookStyles(workbook);
			XSSFSheet sheet = workbook.createSheet(DYNAMICS_SHEET);
			List<String> headings = new ArrayList<>(List.of("Issue", "Period"));
			headings.addAll(relationships.values());
			if (security) {
				PublicationProfile profile = Containers.profileOf(ordered.get(0));
				headings.addAll(List.of(profile.getNationalAxisTitle(), profile.getRegionalAxisTitle(), "Colour"));
			}
			header(sheet, headings, security, styles);
			for (int i = 0; i < ordered.size(); i++) {
				issueRow(sheet.createRow(i + 1), ordered.get(i), relationships, security, styles);
			}
			sheet.createFreezePane(2, 1);
			sheet.setColumnWidth(0, 8 * 256);
			sheet.setColumnWidth(1, 14 * 256);
			int width = 8 + 14;
			for (int c = 2; c < headings.size(); c++) {
				int characters = Math.max(10, headings.get(c).length() + 3); // headings on one line
				sheet.setColumnWidth(c, characters * 256);
				width += characters;
			}
			charts(sheet, ordered.size(), relationships.size(), security, headings.size());
			print.applyWithPageBreaks(sheet, "Index dynamics, " + ordered.size() + " issues", width);
			workbook.getProperties().getCoreProperties().setTitle("Index dynamics, " + ordered.size() + " issues");
			workbook.getProperties().getCoreProperties().setCreator("Barometer Studio");
			DefaultCellStyle.addTo(workbook);
			workbook.write(out);
		} finally {
			PoiDocuments.release(workbook);
		}
	}

	private static void header(XSSFSheet sheet, List<String> headings, boolean security, WorkbookStyles styles) {
		XSSFRow header = sheet.createRow(0);
		for (int c = 0; c < headings.size(); c++) {
			boolean colour = security && c == headings.size() - 1;
			cell(header, c, headings.get(c), colour ? styles.centredHeader : c == 1 ? styles.header : styles.numberHeader);
		}
	}

	/** Issue, period, the aggregate index of each relationship (blank where the issue has no section), the security indices. */
	private static void issueRow(XSSFRow row, Issue issue, Map<String, String> relationships, boolean security, WorkbookStyles styles) {
		cell(row, 0, issue.getNumber(), styles.number);
		cell(row, 1, IssueTitles.shortPeriod(issue.getPeriod()), styles.text);
		int column = 2;
		for (String name : relationships.keySet()) {
			RelationshipSection section = sectionOf(issue, name);
			if (section != null) {
				cell(row, column, section.getAggregateIndex(), styles.score);
			}
			column++;
		}
		SecuritySection indices = issue.getSecurity();
		if (security && indices != null) {
			cell(row, column, indices.getNationalSecurityIndex(), styles.score);
			cell(row, column + 1, indices.getRegionalTensionIndex(), styles.score);
			Band band = indices.regionalBand();
			cell(row, column + 2, band != null ? band.getName() : IssueTitles.NO_BAND, styles.centred);
		}
	}

	/**
	 * The charts under the table, as wide as it, each after a page break: printed, the table
	 * comes first and each chart on a page of its own, never cut in half.
	 */
	private static void charts(XSSFSheet sheet, int issues, int relationships, boolean security, int columns) {
		int firstRelationship = 2;
		int row = issues + 1; // the first row after the table
		if (relationships > 0 && issues > 0) {
			sheet.setRowBreak(row - 1);
			DynamicsChart.draw(sheet, "Dynamics of foreign policy indices", issues, 1, firstRelationship,
					firstRelationship + relationships - 1, 0, row, columns);
			row += DynamicsChart.HEIGHT_ROWS;
		}
		if (security && issues > 0) {
			sheet.setRowBreak(row - 1);
			int national = firstRelationship + relationships;
			DynamicsChart.draw(sheet, "Dynamics of security indices", issues, 1, national, national + 1, 0, row, columns);
		}
	}

	/** Relationship name to column title, in the order of the profiles (the first issue's first). */
	private static Map<String, String> relationshipColumns(List<Issue> issues) {
		Map<String, String> columns = new LinkedHashMap<>();
		for (Issue issue : issues) {
			PublicationProfile profile = Containers.profileOf(issue);
			for (Relationship relationship : profile.getRelationships()) {
				columns.putIfAbsent(relationship.getName(), IssueTitles.relationship(relationship));
			}
		}
		// keep only relationships some issue reports on
		columns.keySet().removeIf(name -> issues.stream().allMatch(issue -> sectionOf(issue, name) == null));
		return columns;
	}

	private static RelationshipSection sectionOf(Issue issue, String relationship) {
		for (RelationshipSection section : issue.getSections()) {
			if (section.getRelationship() != null && relationship.equals(section.getRelationship().getName())) {
				return section;
			}
		}
		return null;
	}

	private static void cell(XSSFRow row, int column, String value, XSSFCellStyle style) {
		XSSFCell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void cell(XSSFRow row, int column, int value, XSSFCellStyle style) {
		XSSFCell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}
}
