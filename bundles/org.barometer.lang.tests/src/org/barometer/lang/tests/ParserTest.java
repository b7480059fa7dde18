package org.barometer.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.barometer.model.DateKind;
import org.barometer.model.Issue;
import org.barometer.model.Month;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;
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
