package org.barometer.lang.tests;

import static org.barometer.lang.tests.Documents.issueText;
import static org.barometer.lang.tests.Documents.section;
import static org.barometer.lang.validation.BarometerIssueCodes.*;
import static org.barometer.model.BarometerPackage.Literals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Each rule of the validator, on both sides: reported where it applies, silent where it does not. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BarometerInjectorProvider.class)
class ValidatorTest {

	private static final String EU = section("EU", "", "    1 November \"EU event\" -1");

	@Inject
	private Documents documents;
	@Inject
	private ValidationTestHelper validation;

	private Issue issue(String russiaStated, String russiaEvents, String rest) {
		return documents.issueOfTestProfile(issueText(section("Russia", russiaStated, russiaEvents) + rest));
	}

	private Issue russia(String events) {
		return issue("", events, EU);
	}

	@Test
	void validIssueHasNoIssues() {
		validation.assertNoIssues(issue("aggregate +1 positive +2 negative -1 total +1",
				"    1 November \"A\" +2\n    3 November \"B\" -1", EU));
	}

	// ------------------------------------------------------------ stated figures

	@Test
	void statedFigureThatDiffersIsAnErrorNamingBothNumbers() {
		Issue issue = issue("total +3", "    1 November \"A\" +2\n    3 November \"B\" -1", EU);
		validation.assertError(issue, STATED_FIGURE, STATED_FIGURE_MISMATCH, "Stated catalogue total +3 differs from the computed +1");
	}

	@Test
	void statedFigureThatAgreesIsFine() {
		validation.assertNoIssue(issue("total +1 positive +2 negative -1", "    1 November \"A\" +2\n    3 November \"B\" -1", EU),
				STATED_FIGURE, STATED_FIGURE_MISMATCH);
	}

	@Test
	void securityFigureInARelationshipSectionIsAnError() {
		validation.assertError(issue("national 0", "    1 November \"A\" +1", EU), STATED_FIGURE, STATED_FIGURE_NOT_APPLICABLE);
	}

	@Test
	void statedAggregateMustBePositivePlusNegative() {
		Issue wrong = issue("aggregate +2 positive +2 negative -1", "    1 November \"A\" +2\n    3 November \"B\" -1", EU);
		validation.assertError(wrong, STATED_FIGURE, STATED_AGGREGATE_NOT_SUM, "Stated aggregate +2 is not stated positive +2 plus stated negative -1 (+1)");
		Issue right = issue("aggregate +1 positive +2 negative -1", "    1 November \"A\" +2\n    3 November \"B\" -1", EU);
		validation.assertNoIssue(right, STATED_FIGURE, STATED_AGGREGATE_NOT_SUM);
	}

	@Test
	void statedColourMustBeTheBandOfTheRegionalTotal() {
		String events = "    1 November \"S\" 0 -3\n    2 November \"T\" 0 -3\n    3 November \"U\" 0 -2";
		Issue wrong = issue("", "    1 November \"A\" +1", EU + security("national 0 regional -8 colour Green", events));
		validation.assertError(wrong, SECURITY_SECTION, STATED_COLOUR_MISMATCH, "Stated colour Green differs from Yellow");
		Issue right = issue("", "    1 November \"A\" +1", EU + security("national 0 regional -8 colour Yellow", events));
		validation.assertNoIssue(right, SECURITY_SECTION, STATED_COLOUR_MISMATCH);
		validation.assertNoErrors(right);
	}

	@Test
	void repeatedFigureIsAWarning() {
		validation.assertWarning(issue("total +1 total +1", "    1 November \"A\" +1", EU), STATED_FIGURE, STATED_FIGURE_REPEATED);
	}

	// ------------------------------------------------------------ dates

	@Test
	void missingDateIsAnError() {
		validation.assertError(russia("    - \"A\" +1"), EVENT_DATE, DATE_MISSING);
	}

	@Test
	void dateOutsideThePeriodIsAnError() {
		validation.assertError(russia("    3 October \"A\" +1"), EVENT_DATE, DATE_OUTSIDE_PERIOD, "'3 October' is outside the issue's period (November-December 2020)");
		validation.assertError(russia("    2 January \"A\" +1"), EVENT_DATE, DATE_OUTSIDE_PERIOD);
		validation.assertNoIssue(russia("    30 December \"A\" +1"), EVENT_DATE, DATE_OUTSIDE_PERIOD);
	}

	@Test
	void rangeStartingInThePreviousPeriodIsAWarning() {
		Issue issue = russia("    28 October - 8 November \"A\" +1");
		validation.assertWarning(issue, EVENT_DATE, DATE_STARTS_IN_PREVIOUS_PERIOD);
		validation.assertNoIssue(issue, EVENT_DATE, DATE_OUTSIDE_PERIOD);
		validation.assertNoIssue(russia("    28 November - 8 December \"A\" +1"), EVENT_DATE, DATE_STARTS_IN_PREVIOUS_PERIOD);
	}

	@Test
	void dayThatDoesNotExistIsAnError() {
		validation.assertError(russia("    31 November \"A\" +1"), EVENT_DATE, DATE_INVALID);
		validation.assertNoIssue(russia("    30 November \"A\" +1"), EVENT_DATE, DATE_INVALID);
	}

	@Test
	void periodMonthsMustBeConsecutive() {
		Issue issue = documents.issueOfTestProfile("issue 1 of Test\nperiod November-January 2020\n");
		validation.assertError(issue, PERIOD, PERIOD_NOT_CONSECUTIVE);
	}

	// ------------------------------------------------------------ order and repeated rows

	@Test
	void outOfOrderRowIsAWarningOnTheFirstRowOutOfPlace() {
		Issue issue = russia("    1 November \"A\" +1\n    24 December \"B\" +1\n    22 December \"C\" +1\n    2 November \"D\" +1");
		validation.assertWarning(issue, EVENT_DATE, CATALOGUE_OUT_OF_ORDER, "Row 3 (22 December) comes after 24 December");
		assertEquals(1, validation.validate(issue).stream().filter(i -> CATALOGUE_OUT_OF_ORDER.equals(i.getCode())).count());
	}

	@Test
	void periodLongRowsBelongAtTheEnd() {
		validation.assertWarning(russia("    November-December \"A\" +1\n    1 November \"B\" +1"), EVENT_DATE,
				CATALOGUE_OUT_OF_ORDER, "period-long events belong at the end");
		validation.assertNoIssue(russia("    1 November \"B\" +1\n    November \"C\" +1\n    November-December \"A\" +1"),
				EVENT_DATE, CATALOGUE_OUT_OF_ORDER);
	}

	@Test
	void sameDescriptionTwiceIsAWarning() {
		validation.assertWarning(russia("    1 November \"Phone call\" +1\n    3 November \"Phone call\" +1"), RELATIONSHIP_EVENT,
				DUPLICATE_DESCRIPTION, "Row 2 has the same description as row 1 (1 November)");
		validation.assertNoIssue(russia("    1 November \"Phone call\" +1\n    3 November \"Visit\" +1"), RELATIONSHIP_EVENT,
				DUPLICATE_DESCRIPTION);
	}

	@Test
	void sameDescriptionAndDateTwiceIsAnError() {
		Issue issue = russia("    1 November \"Phone call\" +1\n    1 November \"phone call.\" +1");
		validation.assertError(issue, RELATIONSHIP_EVENT, DUPLICATE_EVENT);
		validation.assertNoIssue(issue, RELATIONSHIP_EVENT, DUPLICATE_DESCRIPTION);
	}

	// ------------------------------------------------------------ scores

	@Test
	void scoreOutsideTheProfilesRangeIsAnError() {
		validation.assertError(russia("    1 November \"A\" +4"), RELATIONSHIP_EVENT, SCORE_OUT_OF_RANGE, "+4 is outside the profile's range -3 to +3");
		validation.assertNoIssue(russia("    1 November \"A\" -3"), RELATIONSHIP_EVENT, SCORE_OUT_OF_RANGE);
	}

	@Test
	void secondScoreInARelationshipCatalogueIsAnError() {
		validation.assertError(russia("    1 November \"A\" +1 -1"), RELATIONSHIP_EVENT, TOO_MANY_SCORES, "remove -1");
		validation.assertNoIssue(russia("    1 November \"A\" +1"), RELATIONSHIP_EVENT, TOO_MANY_SCORES);
	}

	// ------------------------------------------------------------ scale

	@Test
	void publishedScaleWithItsHoleIsAnError() {
		PublicationProfile profile = documents.profile(Documents.PROFILE.replace("band White from -1", "band White above -1"));
		validation.assertError(profile, PUBLICATION_PROFILE, SCALE_GAP, "The colour scale leaves -1 in no band (between Green and White)");
		validation.assertNoIssues(documents.profile(Documents.PROFILE));
	}

	@Test
	void overlappingBandsAreAnError() {
		PublicationProfile profile = documents.profile(Documents.PROFILE.replace("band Green from -6 to -2", "band Green from -7 to -1"));
		validation.assertError(profile, PUBLICATION_PROFILE, SCALE_OVERLAP, "puts -1 in two bands, Green and White");
	}

	@Test
	void regionalTotalInNoBandIsAnError() {
		documents.parse(Documents.PROFILE.replace("profile Test", "profile Holey").replace("band White from -1", "band White above -1"));
		Issue issue = documents.issue(issueText(security("", "    1 November \"S\" 0 -1")).replace("of Test", "of Holey"));
		validation.assertError(issue, SECURITY_SECTION, REGIONAL_TOTAL_OUTSIDE_SCALE, "The regional tension index -1 falls in no band");
		Issue inBand = documents.issue(issueText(security("", "    1 November \"S\" 0 -2")).replace("of Test", "of Holey"));
		validation.assertNoIssue(inBand, SECURITY_SECTION, REGIONAL_TOTAL_OUTSIDE_SCALE);
	}

	// ------------------------------------------------------------ structure

	@Test
	void relationshipWithoutSectionIsAWarning() {
		Issue issue = documents.issueOfTestProfile(issueText(section("Russia", "", "    1 November \"A\" +1")));
		validation.assertWarning(issue, ISSUE, MISSING_SECTION, "The profile monitors EU, but the issue has no section for it.");
		validation.assertNoIssue(russia("    1 November \"A\" +1"), ISSUE, MISSING_SECTION);
	}

	@Test
	void sectionWithoutEventsTrendsOrForecastIsAWarning() {
		Issue issue = documents.issueOfTestProfile(issueText("relationship Russia { }\n" + EU));
		validation.assertWarning(issue, RELATIONSHIP_SECTION, SECTION_WITHOUT_EVENTS, "The Russia section has no events");
		validation.assertWarning(issue, RELATIONSHIP_SECTION, SECTION_WITHOUT_TRENDS);
		validation.assertWarning(issue, RELATIONSHIP_SECTION, SECTION_WITHOUT_FORECAST);
		Issue complete = russia("    1 November \"A\" +1");
		validation.assertNoIssue(complete, RELATIONSHIP_SECTION, SECTION_WITHOUT_EVENTS);
		validation.assertNoIssue(complete, RELATIONSHIP_SECTION, SECTION_WITHOUT_TRENDS);
		validation.assertNoIssue(complete, RELATIONSHIP_SECTION, SECTION_WITHOUT_FORECAST);
	}

	// ------------------------------------------------------------ issues against each other

	@Test
	void twoIssuesWithOneNumberAreWarned() {
		documents.issueOfTestProfile(issueText(section("Russia", "", "    1 November \"A\" +1") + EU));
		Issue second = documents.issueOfTestProfile(issueText(section("Russia", "", "    1 November \"A\" +1") + EU)
				.replace("November-December 2020", "January-February 2021"));
		validation.assertWarning(second, ISSUE, DUPLICATE_ISSUE_NUMBER);
	}

	@Test
	void numberMustFollowThePeriodOrder() {
		documents.issueOfTestProfile(issueText(EU).replace("issue 1", "issue 5"));
		Issue earlierButHigher = documents.issueOfTestProfile(issueText(EU).replace("issue 1", "issue 6")
				.replace("November-December 2020", "September-October 2020"));
		validation.assertWarning(earlierButHigher, ISSUE, ISSUE_NUMBER_OUT_OF_ORDER, "is numbered above issue 5, which covers a later period");
		Issue next = documents.issueOfTestProfile(issueText(EU).replace("issue 1", "issue 7")
				.replace("November-December 2020", "January-February 2021"));
		validation.assertNoIssue(next, ISSUE, ISSUE_NUMBER_OUT_OF_ORDER);
		validation.assertNoIssue(next, ISSUE, DUPLICATE_ISSUE_NUMBER);
	}

	@Test
	void severitiesAreAsDocumented() {
		Issue issue = russia("    - \"A\" +1\n    1 November \"A\" +1");
		assertEquals(Severity.ERROR, validation.validate(issue).stream().filter(i -> DATE_MISSING.equals(i.getCode())).findFirst().orElseThrow().getSeverity());
		assertEquals(Severity.WARNING, validation.validate(issue).stream().filter(i -> DUPLICATE_DESCRIPTION.equals(i.getCode())).findFirst().orElseThrow().getSeverity());
	}

	private static String security(String stated, String events) {
		return "security by \"An Analyst\" {\n" + (stated.isEmpty() ? "" : "  stated " + stated + "\n")
				+ "  trends\n    1. \"A trend.\"\n  forecast \"A forecast.\"\n  events\n" + events + "\n}\n";
	}
}
