package org.barometer.lang.tests;

import static org.barometer.lang.tests.Documents.issueText;
import static org.barometer.lang.tests.Documents.section;
import static org.barometer.lang.validation.BarometerIssueCodes.*;
import static org.barometer.model.BarometerPackage.Literals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
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
	void statedNationalIndexThatDiffersIsAnError() {
		String events = "    1 November \"S\" +1 -3\n    2 November \"T\" -2 -5";
		Issue wrong = issue("", "    1 November \"A\" +1", EU + security("national +1 regional -8", events));
		validation.assertError(wrong, STATED_FIGURE, STATED_FIGURE_MISMATCH, "Stated national security index +1 differs from the computed -1.");
		Issue right = issue("", "    1 November \"A\" +1", EU + security("national -1 regional -8", events));
		validation.assertNoIssue(right, STATED_FIGURE, STATED_FIGURE_MISMATCH);
	}

	@Test
	void statedRegionalIndexThatDiffersIsAnError() {
		String events = "    1 November \"S\" +1 -3\n    2 November \"T\" -2 -5";
		Issue wrong = issue("", "    1 November \"A\" +1", EU + security("national -1 regional -7", events));
		validation.assertError(wrong, STATED_FIGURE, STATED_FIGURE_MISMATCH, "Stated regional tension index -7 differs from the computed -8.");
		assertEquals(1, count(wrong, STATED_FIGURE_MISMATCH), "the national figure agrees");
		validation.assertNoIssue(issue("", "    1 November \"A\" +1", EU + security("regional -8", events)), STATED_FIGURE,
				STATED_FIGURE_MISMATCH);
	}

	@Test
	void relationshipFigureInTheSecuritySectionIsAnError() {
		Issue issue = issue("", "    1 November \"A\" +1", EU + security("aggregate 0", "    1 November \"S\" 0 -2"));
		validation.assertError(issue, STATED_FIGURE, STATED_FIGURE_NOT_APPLICABLE, "A aggregate figure does not belong in the security section.");
		validation.assertNoIssue(issue("", "    1 November \"A\" +1", EU + security("national 0", "    1 November \"S\" 0 -2")),
				STATED_FIGURE, STATED_FIGURE_NOT_APPLICABLE);
	}

	@Test
	void repeatedFigureIsAWarning() {
		validation.assertWarning(issue("total +1 total +1", "    1 November \"A\" +1", EU), STATED_FIGURE, STATED_FIGURE_REPEATED,
				"The total figure is stated twice.");
		validation.assertNoIssue(issue("total +1 aggregate +1", "    1 November \"A\" +1", EU), STATED_FIGURE, STATED_FIGURE_REPEATED);
	}

	// ------------------------------------------------------------ dates

	@Test
	void missingDateIsAnError() {
		Issue missing = russia("    - \"A\" +1");
		validation.assertError(missing, EVENT_DATE, DATE_MISSING, "The event has no date.");
		validation.assertNoIssue(missing, EVENT_DATE, DATE_INVALID);
		validation.assertNoIssue(russia("    1 November \"A\" +1"), EVENT_DATE, DATE_MISSING);
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
		validation.assertNoIssue(russia("    3 October \"A\" +1"), EVENT_DATE, DATE_STARTS_IN_PREVIOUS_PERIOD);
	}

	@Test
	void rangeAcrossTheTurnOfTheYearIntoAJanuaryIssueStartsInThePreviousPeriod() {
		Issue issue = januaryFebruary("    28 December - 5 January \"A\" +1");
		validation.assertWarning(issue, EVENT_DATE, DATE_STARTS_IN_PREVIOUS_PERIOD,
				"'28 December - 5 January' starts before the issue's period (January-February 2021), in the previous one.");
		validation.assertNoIssue(issue, EVENT_DATE, DATE_OUTSIDE_PERIOD);
		validation.assertNoIssue(januaryFebruary("    5 January \"A\" +1"), EVENT_DATE, DATE_STARTS_IN_PREVIOUS_PERIOD);
	}

	@Test
	void rangeAcrossTheTurnOfTheYearFromADecemberIssueIsOutsideIt() {
		Issue issue = russia("    28 December - 5 January \"A\" +1");
		validation.assertError(issue, EVENT_DATE, DATE_OUTSIDE_PERIOD, "'28 December - 5 January' is outside the issue's period");
		validation.assertNoIssue(issue, EVENT_DATE, DATE_STARTS_IN_PREVIOUS_PERIOD);
	}

	@Test
	void dayThatDoesNotExistIsAnError() {
		validation.assertError(russia("    31 November \"A\" +1"), EVENT_DATE, DATE_INVALID);
		validation.assertNoIssue(russia("    30 November \"A\" +1"), EVENT_DATE, DATE_INVALID);
	}

	@Test
	void periodMonthsMustBeConsecutive() {
		Issue issue = documents.issueOfTestProfile("issue 1 of Test\nperiod November-January 2020\n");
		validation.assertError(issue, PERIOD, PERIOD_NOT_CONSECUTIVE, "November and January are not.");
		validation.assertNoIssue(russia("    1 November \"A\" +1"), PERIOD, PERIOD_NOT_CONSECUTIVE);
	}

	// ------------------------------------------------------------ repeated rows (the order: CatalogueOrderTest)

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

	@Test
	void repeatedRowInTheSecurityCatalogueIsWarnedOrAnError() {
		Issue sameDescription = issue("", "    1 November \"A\" +1", EU + security("", "    1 November \"Exercise\" 0 -1\n    3 November \"Exercise\" 0 -1"));
		validation.assertWarning(sameDescription, SECURITY_EVENT, DUPLICATE_DESCRIPTION, "Row 2 has the same description as row 1 (1 November).");
		Issue sameRow = issue("", "    1 November \"A\" +1", EU + security("", "    1 November \"Exercise\" 0 -1\n    1 November \"Exercise.\" 0 -1"));
		validation.assertError(sameRow, SECURITY_EVENT, DUPLICATE_EVENT, "Row 2 repeats row 1: same date and description.");
		Issue distinct = issue("", "    1 November \"A\" +1", EU + security("", "    1 November \"Exercise\" 0 -1\n    1 November \"Inspection\" 0 -1"));
		validation.assertNoIssue(distinct, SECURITY_EVENT, DUPLICATE_DESCRIPTION);
		validation.assertNoIssue(distinct, SECURITY_EVENT, DUPLICATE_EVENT);
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

	@Test
	void securityScoresOutsideTheProfilesRangeAreErrors() {
		Issue national = issue("", "    1 November \"A\" +1", EU + security("", "    1 November \"S\" +4 -1"));
		validation.assertError(national, SECURITY_EVENT, SCORE_OUT_OF_RANGE, "The national security score +4 is outside the profile's range -3 to +3.");
		Issue regional = issue("", "    1 November \"A\" +1", EU + security("", "    1 November \"S\" 0 -4"));
		validation.assertError(regional, SECURITY_EVENT, SCORE_OUT_OF_RANGE, "The regional tension score -4 is outside the profile's range -3 to +3.");
		validation.assertNoIssue(issue("", "    1 November \"A\" +1", EU + security("", "    1 November \"S\" +3 -3")), SECURITY_EVENT,
				SCORE_OUT_OF_RANGE);
	}

	@Test
	void aScoreNotGivenYetIsAnErrorAndCountsInNoIndex() {
		Issue issue = russia("    1 November \"A\" +2\n    2 November \"B\" ?\n    3 November \"C\" -1");
		validation.assertError(issue, RELATIONSHIP_EVENT, SCORE_MISSING, "Score missing: replace ? by the event's score, such as +1, 0 or -1.");
		RelationshipSection russia = issue.getSections().get(0);
		assertEquals(List.of(true, false, true), russia.getEvents().stream().map(RelationshipEvent::isSetScore).toList());
		assertEquals(2, russia.getPositivePoints());
		assertEquals(-1, russia.getNegativePoints());
		assertEquals(1, russia.getAggregateIndex());
		validation.assertNoIssue(russia("    1 November \"A\" 0"), RELATIONSHIP_EVENT, SCORE_MISSING);
	}

	@Test
	void securityScoresNotGivenYetAreErrorsAndCountInNoIndex() {
		Issue issue = issue("", "    1 November \"A\" +1", EU + security("", "    1 November \"S\" ? -2\n    2 November \"T\" -1 ?"));
		validation.assertError(issue, SECURITY_EVENT, SCORE_MISSING, "National security score missing: replace ? by a score, such as 0 or -1.");
		validation.assertError(issue, SECURITY_EVENT, SCORE_MISSING, "Regional tension score missing: replace ? by a score, such as 0 or -1.");
		assertEquals(-1, issue.getSecurity().getNationalSecurityIndex());
		assertEquals(-2, issue.getSecurity().getRegionalTensionIndex());
	}

	@Test
	void thirdScoreOfASecurityEventIsAnError() {
		Issue issue = issue("", "    1 November \"A\" +1", EU + security("", "    1 November \"S\" 0 -1 -2"));
		validation.assertError(issue, SECURITY_EVENT, TOO_MANY_SCORES,
				"A security event takes two scores (national security, regional tension); remove -2.");
		validation.assertNoIssue(issue("", "    1 November \"A\" +1", EU + security("", "    1 November \"S\" 0 -1")), SECURITY_EVENT,
				TOO_MANY_SCORES);
	}

	@Test
	void emptyScoreRangeIsAnError() {
		PublicationProfile profile = documents.profile(Documents.PROFILE.replace("scores from -3 to +3", "scores from +3 to -3"));
		validation.assertError(profile, PUBLICATION_PROFILE, SCORE_RANGE_EMPTY, "The score range from +3 to -3 is empty.");
		validation.assertNoIssue(documents.profile(Documents.PROFILE.replace("scores from -3 to +3", "scores from 0 to 0")),
				PUBLICATION_PROFILE, SCORE_RANGE_EMPTY);
	}

	// ------------------------------------------------------------ scale

	@Test
	void publishedScaleWithItsHoleIsAnError() {
		// another name: two files declaring one profile is an error of its own
		PublicationProfile profile = documents.profile(Documents.PROFILE.replace("band White from -1", "band White above -1")
				.replace("profile Test", "profile Published"));
		validation.assertError(profile, PUBLICATION_PROFILE, SCALE_GAP, "The colour scale leaves -1 in no band (between Green and White)");
		validation.assertNoIssues(documents.profile(Documents.PROFILE));
	}

	@Test
	void aScaleWithoutBandsIsAnErrorWhereItIsWritten() {
		String text = Documents.PROFILE.replaceAll("(?s)scale \"Colour scale\" \\{.*\\}", "scale { }").replace("profile Test", "profile Empty");
		PublicationProfile profile = documents.profile(text);
		assertEquals(List.of(), profile.getScale().getBands(), "the empty scale is in the model, not left out");
		validation.assertError(profile, PUBLICATION_PROFILE, SCALE_EMPTY,
				"The colour scale has no bands, so the regional tension index has no colour: add a band for each range of values");
		org.eclipse.xtext.validation.Issue located = only(profile, SCALE_EMPTY);
		assertEquals(text.indexOf("scale { }"), located.getOffset());
		assertEquals("scale { }".length(), located.getLength());
		validation.assertNoIssue(documents.profile(Documents.PROFILE), PUBLICATION_PROFILE, SCALE_EMPTY);
	}

	@Test
	void overlappingBandsAreAnError() {
		PublicationProfile profile = documents.profile(Documents.PROFILE.replace("band Green from -6 to -2", "band Green from -7 to -1"));
		validation.assertError(profile, PUBLICATION_PROFILE, SCALE_OVERLAP, "puts -1 in two bands, Green and White");
		validation.assertNoIssue(documents.profile(Documents.PROFILE), PUBLICATION_PROFILE, SCALE_OVERLAP);
	}

	@Test
	void bandColourMustBeSixHexDigits() {
		String threeDigits = Documents.PROFILE.replace("colour #FFFF00", "colour #FF0");
		PublicationProfile tooShort = documents.profile(threeDigits);
		validation.assertError(tooShort, BAND, BAND_COLOUR_NOT_RGB,
				"The colour #FF0 of band Yellow is not an RGB colour: write six hex digits, #RRGGBB (e.g. #FFFF00).");
		org.eclipse.xtext.validation.Issue located = only(tooShort, BAND_COLOUR_NOT_RGB);
		assertEquals(threeDigits.indexOf("#FF0 "), located.getOffset());
		assertEquals("#FF0".length(), located.getLength());
		PublicationProfile tooLong = documents.profile(Documents.PROFILE.replace("colour #FFFF00", "colour #FFFF0080"));
		validation.assertError(tooLong, BAND, BAND_COLOUR_NOT_RGB, "The colour #FFFF0080 of band Yellow");
		validation.assertNoIssue(documents.profile(Documents.PROFILE.replace("#FFFF00", "#ffff00")), BAND, BAND_COLOUR_NOT_RGB);
	}

	@Test
	void regionalTotalInNoBandIsAnError() {
		documents.parse(Documents.PROFILE.replace("profile Test", "profile Holey").replace("band White from -1", "band White above -1"));
		Issue issue = documents.issue(issueText(security("", "    1 November \"S\" 0 -1")).replace("of Test", "of Holey"));
		validation.assertError(issue, SECURITY_SECTION, REGIONAL_TOTAL_OUTSIDE_SCALE, "The regional tension index -1 falls in no band");
		Issue inBand = documents.issue(issueText(security("", "    1 November \"S\" 0 -2")).replace("of Test", "of Holey"));
		validation.assertNoIssue(inBand, SECURITY_SECTION, REGIONAL_TOTAL_OUTSIDE_SCALE);
	}

	@Test
	void regionalTotalOutsideTheScaleIsMarkedOnTheHeadingOrOnTheStatedFigure() {
		documents.parse(Documents.PROFILE.replace("profile Test", "profile Holey").replace("band White from -1", "band White above -1"));
		String unstated = issueText(security("", "    1 November \"S\" 0 -1")).replace("of Test", "of Holey");
		org.eclipse.xtext.validation.Issue onHeading = only(documents.issue(unstated), REGIONAL_TOTAL_OUTSIDE_SCALE);
		assertEquals(unstated.indexOf("security by"), onHeading.getOffset());
		assertEquals("security".length(), onHeading.getLength());
		String stated = issueText(security("national 0 regional -1", "    1 November \"S\" 0 -1")).replace("of Test", "of Holey");
		Issue issue = documents.issue(stated);
		validation.assertError(issue, STATED_FIGURE, REGIONAL_TOTAL_OUTSIDE_SCALE, "The regional tension index -1 falls in no band");
		org.eclipse.xtext.validation.Issue onFigure = only(issue, REGIONAL_TOTAL_OUTSIDE_SCALE);
		assertEquals(stated.indexOf("regional -1"), onFigure.getOffset());
		assertEquals("regional -1".length(), onFigure.getLength());
	}

	@Test
	void regionalTotalInTwoBandsIsAnError() {
		documents.parse(Documents.PROFILE.replace("profile Test", "profile Overlapping").replace("band Green from -6 to -2", "band Green from -6 to -1"));
		Issue issue = documents.issue(issueText(security("", "    1 November \"S\" 0 -1")).replace("of Test", "of Overlapping"));
		validation.assertError(issue, SECURITY_SECTION, REGIONAL_TOTAL_OUTSIDE_SCALE, "The regional tension index -1 falls in 2 bands of the colour scale.");
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

	@Test
	void securitySectionWithoutEventsTrendsOrForecastIsWarnedOnItsHeading() {
		String text = issueText(section("Russia", "", "    1 November \"A\" +1") + EU + "security by \"An Analyst\" { }\n");
		Issue issue = documents.issueOfTestProfile(text);
		validation.assertWarning(issue, SECURITY_SECTION, SECTION_WITHOUT_EVENTS, "The security section has no events: its indices are all 0.");
		validation.assertWarning(issue, SECURITY_SECTION, SECTION_WITHOUT_TRENDS, "The security section has no trends.");
		validation.assertWarning(issue, SECURITY_SECTION, SECTION_WITHOUT_FORECAST, "The security section has no forecast.");
		for (String code : new String[] { SECTION_WITHOUT_EVENTS, SECTION_WITHOUT_TRENDS, SECTION_WITHOUT_FORECAST }) {
			org.eclipse.xtext.validation.Issue warning = only(issue, code);
			assertEquals(text.indexOf("security by"), warning.getOffset(), code);
			assertEquals("security".length(), warning.getLength(), code);
		}
		Issue complete = issue("", "    1 November \"A\" +1", EU + security("", "    1 November \"S\" 0 -2"));
		validation.assertNoIssue(complete, SECURITY_SECTION, SECTION_WITHOUT_EVENTS);
		validation.assertNoIssue(complete, SECURITY_SECTION, SECTION_WITHOUT_TRENDS);
		validation.assertNoIssue(complete, SECURITY_SECTION, SECTION_WITHOUT_FORECAST);
	}

	@Test
	void secondSectionForARelationshipIsAnError() {
		Issue issue = issue("", "    1 November \"A\" +1", EU + section("Russia", "", "    2 November \"B\" +1"));
		validation.assertError(issue, RELATIONSHIP_SECTION, DUPLICATE_SECTION, "A second section for Russia.");
		assertEquals(1, count(issue, DUPLICATE_SECTION), "the first section is not the duplicate");
		validation.assertNoIssue(russia("    1 November \"A\" +1"), RELATIONSHIP_SECTION, DUPLICATE_SECTION);
	}

	// ------------------------------------------------------------ issues against each other

	@Test
	void twoIssuesWithOneNumberAreWarned() {
		documents.issueOfTestProfile(issueText(section("Russia", "", "    1 November \"A\" +1") + EU));
		Issue second = documents.issueOfTestProfile(issueText(section("Russia", "", "    1 November \"A\" +1") + EU)
				.replace("November-December 2020", "January-February 2021"));
		validation.assertWarning(second, ISSUE, DUPLICATE_ISSUE_NUMBER, "Issue 1 is also the number of file1.barometer (November-December 2020).");
		Issue third = documents.issueOfTestProfile(issueText(section("Russia", "", "    1 November \"A\" +1") + EU)
				.replace("issue 1", "issue 2").replace("November-December 2020", "March-April 2021"));
		validation.assertNoIssue(third, ISSUE, DUPLICATE_ISSUE_NUMBER);
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
	void laterPeriodWithALowerNumberIsWarned() {
		documents.issueOfTestProfile(issueText(EU).replace("issue 1", "issue 5"));
		Issue laterButLower = documents.issueOfTestProfile(issueText(EU).replace("issue 1", "issue 4")
				.replace("November-December 2020", "January-February 2021"));
		validation.assertWarning(laterButLower, ISSUE, ISSUE_NUMBER_OUT_OF_ORDER,
				"Issue 4 (January-February 2021) is numbered below issue 5, which covers an earlier period (November-December 2020).");
	}

	@Test
	void severitiesAreAsDocumented() {
		Issue issue = russia("    - \"A\" +1\n    1 November \"A\" +1");
		assertEquals(Severity.ERROR, validation.validate(issue).stream().filter(i -> DATE_MISSING.equals(i.getCode())).findFirst().orElseThrow().getSeverity());
		assertEquals(Severity.WARNING, validation.validate(issue).stream().filter(i -> DUPLICATE_DESCRIPTION.equals(i.getCode())).findFirst().orElseThrow().getSeverity());
	}

	/** An issue of January-February 2021 whose Russia catalogue has the given rows. */
	private Issue januaryFebruary(String russiaEvents) {
		return documents.issueOfTestProfile(issueText(section("Russia", "", russiaEvents) + section("EU", "", "    5 January \"EU event\" -1"))
				.replace("November-December 2020", "January-February 2021"));
	}

	private long count(Issue issue, String code) {
		return validation.validate(issue).stream().filter(i -> code.equals(i.getCode())).count();
	}

	/** The one diagnostic with this code: its place is what the test checks. */
	private org.eclipse.xtext.validation.Issue only(org.eclipse.emf.ecore.EObject model, String code) {
		List<org.eclipse.xtext.validation.Issue> found = validation.validate(model).stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, found.size(), code + ": " + found);
		return found.get(0);
	}

	private static String security(String stated, String events) {
		return "security by \"An Analyst\" {\n" + (stated.isEmpty() ? "" : "  stated " + stated + "\n")
				+ "  trends\n    1. \"A trend.\"\n  forecast \"A forecast.\"\n  events\n" + events + "\n}\n";
	}
}
