package org.barometer.views.dynamics;

import java.util.List;
import java.util.function.IntConsumer;

import org.barometer.views.model.BandView;
import org.barometer.views.model.ChartSvg;
import org.barometer.views.model.DynamicsModel;
import org.barometer.views.model.Series;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseAdapter;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * One SWTChart line chart of index series across issues: the issues as categories on the x
 * axis, optional colour-scale bands painted behind the lines, a tooltip naming the issue and
 * value under the pointer, and a click on a point reported as the issue's index.
 */
final class IndexChart {

	private static final int HIT_RADIUS = 8;

	private final Chart chart;
	private final IntConsumer onIssueClicked;
	private DynamicsModel model;
	private List<Series> series = List.of();
	private List<BandView> bands = List.of();

	IndexChart(Composite parent, String title, IntConsumer onIssueClicked) {
		this.onIssueClicked = onIssueClicked;
		chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText(title);
		chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
		chart.getAxisSet().getYAxis(0).getTitle().setText("Index");
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.enableCategory(true);
		chart.addListener(SWT.Resize, event -> fitTickLabels());
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent event) {
				paintBands(event.gc);
			}

			@Override
			public boolean drawBehindSeries() {
				return true;
			}
		});
		Control plot = chart.getPlotArea().getControl();
		plot.addMouseMoveListener(event -> plot.setToolTipText(tooltipAt(event.x, event.y)));
		plot.addMouseListener(new MouseAdapter() {
			@Override
			public void mouseUp(MouseEvent event) {
				int[] hit = pointAt(event.x, event.y);
				if (event.button == 1 && hit != null) {
					IndexChart.this.onIssueClicked.accept(hit[1]);
				}
			}
		});
	}

	Chart chart() {
		return chart;
	}

	List<Series> series() {
		return series;
	}

	String title() {
		return chart.getTitle().getText();
	}

	void show(DynamicsModel newModel, List<Series> newSeries, List<BandView> newBands) {
		model = newModel;
		series = newSeries;
		bands = newBands;
		chart.suspendUpdate(true);
		try {
			for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
				chart.getSeriesSet().deleteSeries(old.getId());
			}
			String[] categories = model.categories();
			chart.getAxisSet().getXAxis(0).setCategorySeries(categories.length == 0 ? new String[] { "" } : categories);
			for (int i = 0; i < series.size(); i++) {
				Series s = series.get(i);
				ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, s.id());
				line.setDescription(s.title());
				line.setYSeries(s.values());
				Color colour = colour(ChartSvg.colourOf(i));
				line.setLineColor(colour);
				line.setSymbolColor(colour);
				line.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
				line.setSymbolSize(4);
				line.setLineWidth(2);
				line.setLineStyle(LineStyle.SOLID);
			}
			fitTickLabels();
			chart.getAxisSet().getXAxis(0).adjustRange();
			chart.getAxisSet().getYAxis(0).setRange(yRange());
		} finally {
			chart.suspendUpdate(false);
		}
		chart.redraw();
	}

	/**
	 * The issues' labels level while they fit side by side under the plot, slanted once they
	 * would overlap: slanted labels take a third of a short chart's height from its plot.
	 */
	private void fitTickLabels() {
		String[] categories = model == null ? new String[0] : model.categories();
		GC gc = new GC(chart);
		int widest = 0;
		try {
			gc.setFont(chart.getAxisSet().getXAxis(0).getTick().getFont());
			for (String category : categories) {
				widest = Math.max(widest, gc.textExtent(category).x);
			}
		} finally {
			gc.dispose();
		}
		int plotWidth = chart.getPlotArea().getSize().x > 0 ? chart.getPlotArea().getSize().x : chart.getSize().x / 2;
		int angle = categories.length * (widest + 12) <= plotWidth ? 0 : 35;
		IAxis x = chart.getAxisSet().getXAxis(0);
		if (x.getTick().getTickLabelAngle() != angle) {
			x.getTick().setTickLabelAngle(angle);
			chart.updateLayout();
		}
	}

	String svg() {
		return ChartSvg.write(title(), model == null ? new String[0] : model.categories(), series, bands);
	}

	/** Every value and zero, with a margin, so that lines never run along the frame. */
	private Range yRange() {
		double[] extremes = Series.extremesWithZero(series);
		double min = extremes[0];
		double max = extremes[1];
		double margin = Math.max(2, (max - min) * 0.1);
		return new Range(min - margin, max + margin);
	}

	private void paintBands(GC gc) {
		if (bands.isEmpty()) {
			return;
		}
		IAxis y = chart.getAxisSet().getYAxis(0);
		Range range = y.getRange();
		Point size = chart.getPlotArea().getSize();
		int alpha = gc.getAlpha();
		gc.setAlpha(110);
		for (BandView band : bands) {
			double top = band.highest() == null ? range.upper : Math.min(range.upper, band.highest() + 0.5);
			double bottom = band.lowest() == null ? range.lower : Math.max(range.lower, band.lowest() - 0.5);
			if (top <= bottom) {
				continue;
			}
			int yTop = y.getPixelCoordinate(top);
			int yBottom = y.getPixelCoordinate(bottom);
			int[] rgb = band.rgb();
			gc.setBackground(colour(String.format("#%02X%02X%02X", rgb[0], rgb[1], rgb[2])));
			gc.fillRectangle(0, yTop, size.x, yBottom - yTop);
		}
		gc.setAlpha(alpha);
	}

	private String tooltipAt(int x, int y) {
		int[] hit = pointAt(x, y);
		return hit == null ? null : model.tooltip(series.get(hit[0]), hit[1]) + "\nClick to open the issue.";
	}

	/** The series and issue index of the point within reach of the pixel, or null. */
	private int[] pointAt(int x, int y) {
		if (model == null) {
			return null;
		}
		int[] best = null;
		int bestDistance = HIT_RADIUS * HIT_RADIUS + 1;
		for (int s = 0; s < series.size(); s++) {
			ISeries<?> line = chart.getSeriesSet().getSeries(series.get(s).id());
			double[] values = series.get(s).values();
			for (int i = 0; line != null && i < values.length; i++) {
				if (Double.isNaN(values[i])) {
					continue;
				}
				Point point = line.getPixelCoordinates(i);
				int distance = (point.x - x) * (point.x - x) + (point.y - y) * (point.y - y);
				if (distance < bestDistance) {
					bestDistance = distance;
					best = new int[] { s, i };
				}
			}
		}
		return best;
	}

	/** The pixel where a point is drawn (for tests that hover and click it). */
	Point pixelOf(int seriesIndex, int issueIndex) {
		return chart.getSeriesSet().getSeries(series.get(seriesIndex).id()).getPixelCoordinates(issueIndex);
	}

	String tooltipAtPixel(Point pixel) {
		return tooltipAt(pixel.x, pixel.y);
	}

	private static Color colour(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return new Color(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
	}
}
