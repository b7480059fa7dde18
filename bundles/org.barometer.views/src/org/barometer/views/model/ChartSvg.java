package org.barometer.views.model;

import java.util.List;
import java.util.Locale;

/**
 * A line chart as SVG, written from the same series the screen chart shows, so that the
 * layout team gets a vector file: bands (if any) behind, a horizontal grid, one polyline per
 * series with a dot per issue, the issues' labels below and a legend.
 */
public final class ChartSvg {

	private static final String[] PALETTE = { "#1F77B4", "#D62728", "#2CA02C", "#FF7F0E", "#9467BD", "#8C564B", "#E377C2",
			"#17BECF" };
	private static final int WIDTH = 800;
	private static final int HEIGHT = 420;
	private static final int LEFT = 50;
	private static final int RIGHT = 160;
	private static final int TOP = 40;
	private static final int BOTTOM = 70;

	private ChartSvg() {
	}

	public static String colourOf(int seriesIndex) {
		return PALETTE[seriesIndex % PALETTE.length];
	}

	public static String write(String title, String[] categories, List<Series> series, List<BandView> bands) {
		double[] range = range(series);
		double min = range[0];
		double max = range[1];
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		StringBuilder svg = new StringBuilder();
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n",
				WIDTH, HEIGHT, WIDTH, HEIGHT));
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n");
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", LEFT,
				escape(title)));
		for (BandView band : bands) {
			double top = band.highest() == null ? max : Math.min(max, band.highest() + 0.5);
			double bottom = band.lowest() == null ? min : Math.max(min, band.lowest() - 0.5);
			if (top <= bottom) {
				continue;
			}
			svg.append(String.format(Locale.ROOT,
					"<rect class=\"band\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"0.35\"><title>%s</title></rect>%n",
					LEFT, y(top, min, max, plotHeight), plotWidth, y(bottom, min, max, plotHeight) - y(top, min, max, plotHeight),
					band.colour() == null ? "#C0C0C0" : band.colour(), escape(band.name() + " (" + band.rangeText() + ")")));
		}
		for (int tick : ticks(min, max)) {
			double y = y(tick, min, max, plotHeight);
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
					LEFT, y, LEFT + plotWidth, y, tick == 0 ? "#808080" : "#E0E0E0", LEFT - 6, y + 4, Signed.of(tick)));
		}
		for (int i = 0; i < categories.length; i++) {
			double x = x(i, categories.length, plotWidth);
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" transform=\"rotate(-35 %.1f %d)\">%s</text>%n", x,
					TOP + plotHeight + 16, x, TOP + plotHeight + 16, escape(categories[i])));
		}
		for (int s = 0; s < series.size(); s++) {
			appendSeries(svg, series.get(s), colourOf(s), categories.length, min, max, plotWidth, plotHeight);
			svg.append(String.format(Locale.ROOT,
					"<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
					WIDTH - RIGHT + 16, TOP + 6 + s * 18, colourOf(s), WIDTH - RIGHT + 34, TOP + 11 + s * 18,
					escape(series.get(s).title())));
		}
		return svg.append("</svg>\n").toString();
	}

	private static void appendSeries(StringBuilder svg, Series series, String colour, int count, double min, double max,
			int plotWidth, int plotHeight) {
		StringBuilder points = new StringBuilder();
		StringBuilder dots = new StringBuilder();
		for (int i = 0; i < series.values().length; i++) {
			double value = series.values()[i];
			if (Double.isNaN(value)) {
				continue;
			}
			double x = x(i, count, plotWidth);
			double y = y(value, min, max, plotHeight);
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
			dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s: %s</title></circle>%n",
					x, y, colour, escape(series.title()), Signed.of((int) value)));
		}
		svg.append(String.format(Locale.ROOT,
				"<polyline class=\"series\" id=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
				escape(series.id()), colour, points.toString().strip()));
		svg.append(dots);
	}

	private static double x(int index, int count, int plotWidth) {
		return LEFT + (count <= 1 ? plotWidth / 2.0 : index * (double) plotWidth / (count - 1));
	}

	private static double y(double value, double min, double max, int plotHeight) {
		return TOP + (max - value) / (max - min) * plotHeight;
	}

	/** The value range: every value, zero, and one unit of margin. */
	private static double[] range(List<Series> series) {
		double[] extremes = Series.extremesWithZero(series);
		double min = extremes[0];
		double max = extremes[1];
		return new double[] { min - 1, max + 1 };
	}

	private static int[] ticks(double min, double max) {
		int step = Math.max(1, (int) Math.ceil((max - min) / 8));
		int first = (int) Math.ceil(min / step) * step;
		return java.util.stream.IntStream.iterate(first, t -> t <= max, t -> t + step).toArray();
	}

	private static String escape(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
