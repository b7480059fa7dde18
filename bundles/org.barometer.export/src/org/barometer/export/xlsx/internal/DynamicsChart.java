package org.barometer.export.xlsx.internal;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.barometer.export.SignedScore;

/**
 * A native line chart over columns of a sheet: one series per column, the categories from
 * another column. Every series gets its own colour for line and markers: left to the
 * reader, LibreOffice draws uncoloured series as markers of one colour and no lines.
 */
public final class DynamicsChart {

	/** Rows a chart takes: with the default row height, most of a landscape page's height. */
	public static final int HEIGHT_ROWS = 28;
	/** Distinct on screen and in grey print: blue, orange, grey, gold, light blue, green, navy, brown. */
	private static final String[] PALETTE = { "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E" };

	private DynamicsChart() {
	}

	/**
	 * Draws series {@code firstColumn..lastColumn} over rows 1..lastRow, titled by row 0, with
	 * categories from {@code categoryColumn}, anchored at ({@code atColumn}, {@code atRow}),
	 * {@code widthColumns} wide and {@link #HEIGHT_ROWS} high.
	 */
	public static void draw(XSSFSheet sheet, String title, int lastRow, int categoryColumn, int firstColumn, int lastColumn,
			int atColumn, int atRow, int widthColumns) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		// ends at the right edge of the last column, not the left edge of the next: a reader prints
		// the column an anchor ends in, and an empty page for it when it overflows
		int lastWidthColumn = atColumn + widthColumns - 1;
		int rightEdge = Math.round(sheet.getColumnWidthInPixels(lastWidthColumn)) * Units.EMU_PER_PIXEL;
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, rightEdge, 0, atColumn, atRow, lastWidthColumn, atRow + HEIGHT_ROWS);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
		categories.setTickLabelPosition(AxisTickLabelPosition.LOW); // below the plot, not across it at zero
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		values.setNumberFormat(SignedScore.EXCEL_FORMAT);
		XDDFDataSource<String> periods = XDDFDataSourcesFactory.fromStringCellRange(sheet,
				new CellRangeAddress(1, lastRow, categoryColumn, categoryColumn));
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
		data.setVaryColors(false);
		for (int column = firstColumn; column <= lastColumn; column++) {
			XDDFNumericalDataSource<Double> series = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
					new CellRangeAddress(1, lastRow, column, column));
			XDDFLineChartData.Series line = (XDDFLineChartData.Series) data.addSeries(periods, series);
			String name = sheet.getRow(0).getCell(column).getStringCellValue();
			line.setTitle(name, new CellReference(sheet.getSheetName(), 0, column, true, true));
			line.setSmooth(false);
			line.setMarkerStyle(MarkerStyle.CIRCLE);
			colour(line, PALETTE[(column - firstColumn) % PALETTE.length]);
		}
		chart.plot(data);
	}

	private static void colour(XDDFLineChartData.Series line, String hex) {
		XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(rgb(hex)));
		XDDFLineProperties stroke = new XDDFLineProperties();
		stroke.setFillProperties(fill);
		stroke.setWidth(2.0);
		XDDFShapeProperties shape = new XDDFShapeProperties();
		shape.setLineProperties(stroke);
		line.setShapeProperties(shape);
		XDDFShapeProperties marker = new XDDFShapeProperties();
		marker.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(hex))));
		XDDFLineProperties outline = new XDDFLineProperties();
		outline.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(hex))));
		marker.setLineProperties(outline);
		line.getCTLineSer().getMarker().setSpPr(marker.getXmlObject());
	}

	private static byte[] rgb(String hex) {
		return new byte[] { (byte) Integer.parseInt(hex.substring(0, 2), 16), (byte) Integer.parseInt(hex.substring(2, 4), 16),
				(byte) Integer.parseInt(hex.substring(4, 6), 16) };
	}
}
