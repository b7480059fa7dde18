package org.barometer.views.model;

/** One line of a chart: a value per issue, NaN where the issue has no such index. */
public record Series(String id, String title, double[] values) {
}
