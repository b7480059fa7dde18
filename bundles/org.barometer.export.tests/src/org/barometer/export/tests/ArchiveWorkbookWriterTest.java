package org.barometer.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.export.xlsx.ArchiveWorkbookWriter;
import org.barometer.model.Issue;
import org.barometer.model.RelationshipSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive workbook of issues 17 and 18: the index series and the charts drawn from it. */
class ArchiveWorkbookWriterTest {

	@TempDir
	Path folder;

	@Test
	void oneRowPerIssueInPeriodOrderAndLineChartsOverTheColumns() throws IOException {
		List<Issue> issues = new ArrayList<>(ExampleIssues.examples());
		java.util.Collections.reverse(issues); // given out of order: the writer sorts by period
		Path file = folder.resolve("archive.xlsx");
		new ArchiveWorkbookWriter().write(issues, file);
		try (XSSFWorkbook workbook = IssueWorkbookWriterTest.read(file)) {
			XSSFSheet sheet = workbook.getSheet("Dynamics");
			List<String> headings = new ArrayList<>();
			sheet.getRow(0).forEach(cell -> headings.add(cell.getStringCellValue()));
			assertEquals(List.of("Issue", "Period", "Russia", "European Union", "China", "U.S.", "Ukraine", "National security",
					"Regional tension", "Colour"), headings);
			List<Issue> byPeriod = ExampleIssues.examples();
			assertEquals(List.of("Sep–Oct 2020", "Nov–Dec 2020"), List.of(sheet.getRow(1).getCell(1).getStringCellValue(),
					sheet.getRow(2).getCell(1).getStringCellValue()));
			for (int i = 0; i < byPeriod.size(); i++) {
				Issue issue = byPeriod.get(i);
				XSSFRow row = sheet.getRow(i + 1);
				assertEquals(issue.getNumber(), row.getCell(0).getNumericCellValue());
				for (int s = 0; s < issue.getSections().size(); s++) {
					RelationshipSection section = issue.getSections().get(s);
					assertEquals(CellType.NUMERIC, row.getCell(2 + s).getCellType());
					assertEquals(Expected.total(section), row.getCell(2 + s).getNumericCellValue(),
							"issue " + issue.getNumber() + " " + section.getRelationship().getName());
					assertEquals("+0;-0;0", row.getCell(2 + s).getCellStyle().getDataFormatString());
				}
				assertEquals(Expected.national(issue.getSecurity()), row.getCell(7).getNumericCellValue());
				assertEquals(Expected.regional(issue.getSecurity()), row.getCell(8).getNumericCellValue());
				assertEquals(Expected.colourName(issue.getProfile().getScale(), Expected.regional(issue.getSecurity())),
						row.getCell(9).getStringCellValue());
			}
			List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
			assertEquals(2, charts.size());
			assertEquals("Dynamics of foreign policy indices", charts.get(0).getTitleText().getString());
			assertSeries(charts.get(0), List.of("C", "D", "E", "F", "G"));
			assertEquals("Dynamics of security indices", charts.get(1).getTitleText().getString());
			assertSeries(charts.get(1), List.of("H", "I"));
		}
	}

	private static void assertSeries(XSSFChart chart, List<String> columns) {
		List<XDDFChartData> data = chart.getChartSeries();
		assertEquals(1, data.size());
		XDDFLineChartData lines = (XDDFLineChartData) data.get(0);
		assertEquals(columns.size(), lines.getSeriesCount());
		for (int s = 0; s < columns.size(); s++) {
			XDDFChartData.Series series = lines.getSeries(s);
			String column = columns.get(s);
			assertEquals("Dynamics!$" + column + "$2:$" + column + "$3", series.getValuesData().getDataRangeReference());
			assertEquals("Dynamics!$B$2:$B$3", series.getCategoryData().getDataRangeReference());
		}
	}
}
