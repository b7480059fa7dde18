package org.barometer.views.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indices of the archive's issues in period order, as the series of two charts: each
 * relationship's aggregate index, and the two security indices over the bands of the colour
 * scale (those of the latest issue's profile).
 */
public final class DynamicsModel {

	public static final String NATIONAL = "national";
	public static final String REGIONAL = "regional";

	private static final Comparator<IssueIndices> BY_PERIOD = Comparator
			.comparing(IssueIndices::periodStart, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
			.thenComparingInt(IssueIndices::number);

	private final List<IssueIndices> issues;

	public DynamicsModel(List<IssueIndices> issues) {
		List<IssueIndices> sorted = new ArrayList<>(issues);
		sorted.sort(BY_PERIOD);
		this.issues = List.copyOf(sorted);
	}

	/** The issues in period order: index i of every series is issue i. */
	public List<IssueIndices> issues() {
		return issues;
	}

	/** Axis labels: "17 Sep–Oct 2020". */
	public String[] categories() {
		return issues.stream().map(IssueIndices::shortLabel).toArray(String[]::new);
	}

	/** One series per relationship, in the order they first appear. */
	public List<Series> relationshipSeries() {
		Map<String, String> titles = new LinkedHashMap<>();
		for (IssueIndices issue : issues) {
			issue.relationships().forEach(r -> titles.putIfAbsent(r.name(), r.title()));
		}
		List<Series> series = new ArrayList<>();
		titles.forEach((name, title) -> {
			double[] values = new double[issues.size()];
			for (int i = 0; i < values.length; i++) {
				RelationshipFigures figures = issues.get(i).relationship(name);
				values[i] = figures == null ? Double.NaN : figures.aggregate();
			}
			series.add(new Series(name, title, values));
		});
		return series;
	}

	public List<Series> securitySeries() {
		double[] national = new double[issues.size()];
		double[] regional = new double[issues.size()];
		String nationalTitle = "National security";
		String regionalTitle = "Regional tension";
		for (int i = 0; i < issues.size(); i++) {
			SecurityFigures security = issues.get(i).security();
			national[i] = security == null ? Double.NaN : security.national();
			regional[i] = security == null ? Double.NaN : security.regional();
			if (security != null) {
				nationalTitle = security.nationalTitle();
				regionalTitle = security.regionalTitle();
			}
		}
		return List.of(new Series(NATIONAL, nationalTitle, national), new Series(REGIONAL, regionalTitle, regional));
	}

	/** The bands painted behind the security chart: those of the latest issue that has a scale. */
	public List<BandView> bands() {
		for (int i = issues.size() - 1; i >= 0; i--) {
			if (!issues.get(i).scale().isEmpty()) {
				return issues.get(i).scale();
			}
		}
		return List.of();
	}

	/** "Issue № 18 · November–December 2020 — Russia: +14" */
	public String tooltip(Series series, int index) {
		double value = series.values()[index];
		return "Issue " + issues.get(index).label() + " \u2014 " + series.title() + ": "
				+ (Double.isNaN(value) ? "no figure" : Signed.of((int) value));
	}
}
