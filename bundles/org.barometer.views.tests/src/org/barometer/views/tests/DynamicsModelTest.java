package org.barometer.views.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.model.Issue;
import org.barometer.views.model.ChartSvg;
import org.barometer.views.model.DynamicsModel;
import org.barometer.views.model.IssueIndicesReader;
import org.barometer.views.model.Series;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Dynamics view's series are the computed indices of each issue, in period order. */
class DynamicsModelTest {

	private static List<Issue> issues;
	private static DynamicsModel model;

	@BeforeAll
	static void parse() {
		issues = Examples.issues();
		// given newest first, to see the model order them by period
		model = new DynamicsModel(issues.reversed().stream().map(IssueIndicesReader::read).toList());
	}

	@Test
	void issuesAreInPeriodOrder() {
		assertEquals(List.of(17, 18), model.issues().stream().map(i -> i.number()).toList());
		assertArrayEquals(new String[] { "17 Sep–Oct 2020", "18 Nov–Dec 2020" }, model.categories());
	}

	@Test
	void eachRelationshipSeriesIsItsAggregateIndexInEachIssue() {
		List<Series> series = model.relationshipSeries();
		assertEquals(List.of("Russia", "EU", "China", "US", "Ukraine"), series.stream().map(Series::id).toList());
		Issue first = Examples.issue(issues, 17);
		Issue second = Examples.issue(issues, 18);
		for (Series s : series) {
			double[] expected = { Examples.section(first, s.id()).getAggregateIndex(), Examples.section(second, s.id()).getAggregateIndex() };
			assertArrayEquals(expected, s.values(), s.id());
		}
	}

	@Test
	void securitySeriesAreTheNationalAndRegionalIndices() {
		Issue first = Examples.issue(issues, 17);
		Issue second = Examples.issue(issues, 18);
		List<Series> series = model.securitySeries();
		assertArrayEquals(new double[] { first.getSecurity().getNationalSecurityIndex(), second.getSecurity().getNationalSecurityIndex() },
				series.get(0).values());
		assertArrayEquals(new double[] { first.getSecurity().getRegionalTensionIndex(), second.getSecurity().getRegionalTensionIndex() },
				series.get(1).values());
		assertEquals(List.of("White", "Green", "Yellow", "Orange", "Red"), model.bands().stream().map(b -> b.name()).toList());
	}

	@Test
	void aTooltipNamesTheIssueAndTheValue() {
		Series russia = model.relationshipSeries().get(0);
		int aggregate = Examples.section(Examples.issue(issues, 18), "Russia").getAggregateIndex();
		assertEquals("Issue № 18 · November–December 2020 — Russia: " + (aggregate > 0 ? "+" : "") + aggregate,
				model.tooltip(russia, 1));
	}

	@Test
	void theSvgHasAPolylineThroughEveryPointOfEverySeriesAndTheBandsBehind() {
		String svg = ChartSvg.write("Security", model.categories(), model.securitySeries(), model.bands());
		assertTrue(svg.startsWith("<?xml"));
		Matcher polylines = Pattern.compile("<polyline class=\"series\" id=\"(\\w+)\"[^>]* points=\"([^\"]*)\"").matcher(svg);
		List<String> ids = new ArrayList<>();
		while (polylines.find()) {
			ids.add(polylines.group(1));
			assertEquals(2, polylines.group(2).split(" ").length, "one point per issue");
		}
		assertEquals(List.of(DynamicsModel.NATIONAL, DynamicsModel.REGIONAL), ids);
		int bands = svg.split("class=\"band\"", -1).length - 1;
		assertTrue(bands >= 2 && bands <= 5, "the bands within the value range are painted: " + bands);
		assertTrue(svg.indexOf("class=\"band\"") < svg.indexOf("<polyline"), "bands behind the lines");
	}
}
