package org.barometer.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.barometer.model.Author;
import org.barometer.model.Band;
import org.barometer.model.Bound;
import org.barometer.model.ColourScale;
import org.barometer.model.DateKind;
import org.barometer.model.Development;
import org.barometer.model.FigureKind;
import org.barometer.model.Issue;
import org.barometer.model.Month;
import org.barometer.model.PublicationProfile;
import org.barometer.model.Relationship;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;
import org.barometer.model.SecuritySection;
import org.barometer.model.StatedFigure;
import org.barometer.model.SupportingTable;
import org.barometer.model.TableRow;
import org.barometer.model.Trend;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(BarometerInjectorProvider.class)
class ParserTest {

	@Inject
	private Documents documents;
	@Inject
	private ValidationTestHelper validation;

	@Test
	void readsAnIssueLikeThePublication() {
		Issue issue = documents.issueOfTestProfile("""
				issue 18 of Test
				period November-December 2020
				editor "Dzianis Melyantsou"
				letter \"\"\"
				    Dear readers,

				    this issue covers two months.
				    \"\"\"
				relationship Russia by "Valeria Kostyugova" {
				  stated aggregate +14 positive +18 negative -4 total +14   // as printed
				  trends
				    1. "Russia continues to support Belarus."
				  developments
				    "Political agenda" { \"\"\"First paragraph.\"\"\" "Second." }
				  forecast "More of the same."
				  events
				    1 November         "Reduction in roaming fees"      +1  source "https://example.org/a"
				    3 November         "Connection of the first unit"   +2
				    22-29 November     "Range"                          -1
				    14–20 November     "En dash range"                  0
				    28 October - 8 November "Across months"             +1
				    Early December     "Early"                          +1
				    Mid-December       "Mid"                            +1
				    December           "Month"                          -2
				    November-December  "Whole period"                   +1
				    -                  "No date"                        +1
				}
				security { events November "Exercise" 0 -1 }
				""");
		RelationshipSection russia = issue.getSections().get(0);
		assertEquals(18, issue.getNumber());
		assertEquals(Month.NOVEMBER, issue.getPeriod().getFirstMonth());
		assertEquals("Dear readers,\n\nthis issue covers two months.", issue.getLetter());
		assertEquals("Russia", russia.getRelationship().getName());
		assertEquals(4, russia.getFigures().size());
		assertEquals(List.of("First paragraph.", "Second."), russia.getDevelopments().get(0).getParagraphs());
		List<String> dates = russia.getEvents().stream().map(e -> e.getDate().getText()).toList();
		assertEquals(List.of("1 November", "3 November", "22-29 November", "14–20 November", "28 October - 8 November",
				"Early December", "Mid-December", "December", "November-December", "-"), dates);
		assertEquals(List.of(1, 2, -1, 0, 1, 1, 1, -2, 1, 1), russia.getEvents().stream().map(RelationshipEvent::getScore).toList());
		assertEquals(DateKind.CROSS_MONTH_RANGE, russia.getEvents().get(4).getDate().kind());
		assertEquals(List.of("https://example.org/a"), russia.getEvents().get(0).getSources());
		SecurityEvent exercise = issue.getSecurity().getEvents().get(0);
		assertEquals(0, exercise.getNational());
		assertEquals(-1, exercise.getRegional());
		assertEquals(5, russia.getAggregateIndex());
	}

	@Test
	void readsAProfile() {
		PublicationProfile profile = documents.profile("""
				profile Minsk
				title "Minsk Barometer"
				publisher "BISS"
				scores from -4 to +4
				relationships {
				  Russia "Russia"
				  EU "European Union"
				  US
				}
				axes national "National security" regional "Regional tension"
				scale "Colour scale" {
				  band White above -1 colour #FFFFFF "Low likelihood of escalation."
				  band Green from -6 to -2 colour #00B050 "Cautious attention."
				  band Red to -18 colour #FF0000
				  band Blue from +1 below +5 colour #0000ff "Invented, to show 'below'."
				}
				""");
		assertEquals("Minsk", profile.getName());
		assertEquals("Minsk Barometer", profile.getTitle());
		assertEquals("BISS", profile.getPublisher());
		assertEquals(-4, profile.getMinScore());
		assertEquals(4, profile.getMaxScore());
		assertEquals(List.of("Russia", "EU", "US"), profile.getRelationships().stream().map(Relationship::getName).toList());
		assertEquals(Arrays.asList("Russia", "European Union", null),
				profile.getRelationships().stream().map(Relationship::getTitle).toList());
		assertEquals("National security", profile.getNationalAxisTitle());
		assertEquals("Regional tension", profile.getRegionalAxisTitle());

		ColourScale scale = profile.getScale();
		assertEquals("Colour scale", scale.getTitle());
		assertEquals(List.of("White", "Green", "Red", "Blue"), scale.getBands().stream().map(Band::getName).toList());
		Band white = scale.getBands().get(0);
		assertBound(-1, false, white.getLower());
		assertNull(white.getUpper());
		assertEquals("#FFFFFF", white.getColour());
		assertEquals("Low likelihood of escalation.", white.getInterpretation());
		Band green = scale.getBands().get(1);
		assertBound(-6, true, green.getLower());
		assertBound(-2, true, green.getUpper());
		assertEquals("#00B050", green.getColour());
		Band red = scale.getBands().get(2);
		assertNull(red.getLower());
		assertBound(-18, true, red.getUpper());
		assertNull(red.getInterpretation());
		Band blue = scale.getBands().get(3);
		assertBound(1, true, blue.getLower());
		assertBound(5, false, blue.getUpper());
		assertEquals("#0000ff", blue.getColour());
		assertTrue(profile.eResource().getErrors().isEmpty(), () -> profile.eResource().getErrors().toString());
	}

	@Test
	void readsTheSecuritySectionAndTheAuthors() {
		Issue issue = documents.issueOfTestProfile("""
				issue 18 of Test
				period November-December 2020
				security by "Andrei Porotnikov" {
				  stated national 0 regional -8 colour Yellow
				  trends
				    1. "Tension persists."
				    2. "Exercises continue."
				  national security
				    "Parallel structures" { "First." "Second." }
				    "Army" { "Third." }
				  regional security
				    "NATO" { "Fourth." }
				  forecast "Tension will stay."
				  table "Table 1. Exercises in the region" {
				    columns "Date" "Place" "Name and subject"
				    row "2-6 November" "Brest" "Staff training"
				    row "16 November" "Pskov" "Airborne drill"
				  }
				  table "Table 2. Confidence-building measures" {
				    columns "Date" "Delegation"
				    row "5 November" "Lithuania"
				  }
				  events
				    2-6 November "Exercises (see Table 1)" 0 -3
				    November-December "Rhetoric" -1 -5
				}
				authors {
				  "Andrei Porotnikov" affiliation "Belarus Security Blog" interests "Military security, defence policy"
				  "Dzianis Melyantsou" affiliation "Minsk Dialogue"
				  "Anonymous"
				}
				""");
		SecuritySection security = issue.getSecurity();
		assertEquals("Andrei Porotnikov", security.getAuthor());
		assertEquals(List.of(FigureKind.NATIONAL, FigureKind.REGIONAL), security.getFigures().stream().map(StatedFigure::getKind).toList());
		assertEquals(List.of(0, -8), security.getFigures().stream().map(StatedFigure::getValue).toList());
		assertEquals("Yellow", security.getStatedColour().getName());
		assertEquals(List.of(1, 2), security.getTrends().stream().map(Trend::getNumber).toList());
		assertEquals(List.of("Parallel structures", "Army"), security.getNationalDevelopments().stream().map(Development::getTitle).toList());
		assertEquals(List.of("First.", "Second."), security.getNationalDevelopments().get(0).getParagraphs());
		assertEquals(List.of("NATO"), security.getRegionalDevelopments().stream().map(Development::getTitle).toList());
		assertEquals(List.of("Fourth."), security.getRegionalDevelopments().get(0).getParagraphs());
		assertEquals("Tension will stay.", security.getForecast());

		assertEquals(2, security.getTables().size());
		SupportingTable exercises = security.getTables().get(0);
		assertEquals("Table 1. Exercises in the region", exercises.getTitle());
		assertEquals(List.of("Date", "Place", "Name and subject"), exercises.getColumns());
		assertEquals(List.of(List.of("2-6 November", "Brest", "Staff training"), List.of("16 November", "Pskov", "Airborne drill")),
				exercises.getRows().stream().map(TableRow::getCells).map(List::copyOf).toList());
		assertEquals(List.of("5 November", "Lithuania"), security.getTables().get(1).getRows().get(0).getCells());

		assertEquals(List.of("2-6 November", "November-December"), security.getEvents().stream().map(e -> e.getDate().getText()).toList());
		assertEquals(-1, security.getNationalSecurityIndex());
		assertEquals(-8, security.getRegionalTensionIndex());

		assertEquals(List.of("Andrei Porotnikov", "Dzianis Melyantsou", "Anonymous"), issue.getAuthors().stream().map(Author::getName).toList());
		assertEquals(Arrays.asList("Belarus Security Blog", "Minsk Dialogue", null),
				issue.getAuthors().stream().map(Author::getAffiliation).toList());
		assertEquals(Arrays.asList("Military security, defence policy", null, null),
				issue.getAuthors().stream().map(Author::getInterests).toList());
		assertTrue(issue.eResource().getErrors().isEmpty(), () -> issue.eResource().getErrors().toString());
	}

	private static void assertBound(int value, boolean inclusive, Bound bound) {
		assertNotNull(bound);
		assertEquals(value, bound.getValue());
		assertEquals(inclusive, bound.isInclusive());
	}

	@Test
	void resolvesTheProfileInAnotherFile() {
		Issue issue = documents.issueOfTestProfile("issue 1 of Test period November-December 2020");
		assertFalse(issue.getProfile().eIsProxy());
		assertEquals("Test Barometer", issue.getProfile().getTitle());
	}

	@Test
	void extraScoreParsesSoThatItCanBeReported() {
		Issue issue = documents.issueOfTestProfile("issue 1 of Test period November-December 2020 relationship Russia { events 1 November \"A\" +1 -1 2 November \"B\" +1 }");
		assertEquals(List.of(-1), issue.getSections().get(0).getEvents().get(0).getExtraScores());
		assertEquals(2, issue.getSections().get(0).getEvents().size());
	}

	@Test
	void syntaxErrorIsReportedWithItsPlace() {
		Issue issue = documents.issueOfTestProfile("issue 1 of Test period November-December 2020 relationship Russia { events 1 Novembr \"A\" +1 }");
		var errors = issue.eResource().getErrors();
		assertFalse(errors.isEmpty());
		assertEquals(1, errors.get(0).getLine());
		assertTrue(errors.get(0).getColumn() > 60);
	}

	@Test
	void unknownRelationshipIsALinkingError() {
		Issue issue = documents.issueOfTestProfile("issue 1 of Test period November-December 2020 relationship Mars { }");
		validation.assertError(issue, org.barometer.model.BarometerPackage.Literals.RELATIONSHIP_SECTION,
				org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC, "Mars");
		assertSame(null, issue.getSections().get(0).getRelationship().getName());
	}
}
