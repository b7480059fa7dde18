package org.barometer.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.barometer.model.FigureKind;
import org.barometer.model.Issue;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecuritySection;
import org.barometer.views.model.IssueIndices;
import org.barometer.views.model.IssueIndicesReader;
import org.barometer.views.model.RelationshipFigures;
import org.barometer.views.model.StatedDifference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Index view's figures are the model's derived values, with the published figures that disagree. */
class IssueIndicesTest {

	private static List<Issue> issues;

	@BeforeAll
	static void parse() {
		issues = Examples.issues();
	}

	@Test
	void everyRelationshipShowsTheModelsComputedIndices() {
		for (Issue issue : issues) {
			IssueIndices indices = IssueIndicesReader.read(issue);
			assertEquals(issue.getSections().size(), indices.relationships().size());
			for (RelationshipSection section : issue.getSections()) {
				RelationshipFigures figures = indices.relationship(section.getRelationship().getName());
				assertEquals(section.getPositivePoints(), figures.positive(), figures.name());
				assertEquals(section.getNegativePoints(), figures.negative(), figures.name());
				assertEquals(section.getAggregateIndex(), figures.aggregate(), figures.name());
			}
		}
	}

	@Test
	void issue18sRussiaSectionStatesPointsThatDisagree() {
		// examples/expected: "Stated positive points +18 differs from the computed +17", negative -4 vs -3
		RelationshipFigures russia = IssueIndicesReader.read(Examples.issue(issues, 18)).relationship("Russia");
		assertEquals(new StatedDifference(FigureKind.POSITIVE, 18, 17), russia.difference(FigureKind.POSITIVE));
		assertEquals(new StatedDifference(FigureKind.NEGATIVE, -4, -3), russia.difference(FigureKind.NEGATIVE));
		assertNull(russia.difference(FigureKind.AGGREGATE), "the stated aggregate +14 is right");
	}

	@Test
	void securityShowsBothIndicesAndTheBandOfTheRegionalOne() {
		Issue issue18 = Examples.issue(issues, 18);
		SecuritySection security = issue18.getSecurity();
		IssueIndices indices = IssueIndicesReader.read(issue18);
		assertEquals(security.getNationalSecurityIndex(), indices.security().national());
		assertEquals(security.getRegionalTensionIndex(), indices.security().regional());
		assertNotNull(security.regionalBand(), "issue 18's regional index is in one band");
		assertEquals(security.regionalBand().getName(), indices.security().band().name());
		assertEquals(security.regionalBand().getColour(), indices.security().band().colour());
		assertTrue(indices.security().band().interpretation().startsWith(security.regionalBand().getInterpretation().substring(0, 20)));
		assertEquals(5, indices.scale().size(), "the profile's five bands");
	}

	@Test
	void periodAndLabelComeFromTheIssue() {
		IssueIndices indices = IssueIndicesReader.read(Examples.issue(issues, 18));
		assertEquals(LocalDate.of(2020, 11, 1), indices.periodStart());
		assertEquals("№ 18 · November–December 2020", indices.label());
	}

	@Test
	void aResourceWithoutAnIssueReadsAsNothing() {
		assertNull(IssueIndicesReader.read((org.eclipse.emf.ecore.resource.Resource) null));
		assertNull(IssueIndicesReader.read(Examples.issue(issues, 18).getProfile().eResource()), "a profile is not an issue");
	}
}
