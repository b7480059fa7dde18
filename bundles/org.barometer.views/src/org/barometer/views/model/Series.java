package org.barometer.views.model;

import java.util.List;

/** One line of a chart: a value per issue, NaN where the issue has no such index. */
public record Series(String id, String title, double[] values) {

	/** The lowest and highest value of all the series, zero included (charts keep their zero line); NaN is skipped. */
	public static double[] extremesWithZero(List<Series> series) {
		double min = 0;
		double max = 0;
		for (Series s : series) {
			for (double value : s.values()) {
				if (!Double.isNaN(value)) {
					min = Math.min(min, value);
					max = Math.max(max, value);
				}
			}
		}
		return new double[] { min, max };
	}
}
