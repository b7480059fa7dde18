package org.barometer.lang.tests;

import static org.barometer.lang.tests.Documents.issueText;
import static org.barometer.lang.tests.Documents.section;
import static org.barometer.lang.validation.BarometerIssueCodes.CATALOGUE_OUT_OF_ORDER;
import static org.barometer.model.BarometerPackage.Literals.EVENT_DATE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.barometer.model.Issue;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The order rule of a catalogue: chronological, with the period-long events (dated
 * "November-December" in a November-December issue) together at the start, as Appendix 2 of
 * the published issues has them, or at the end, as Appendix 1 has them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(BarometerInjectorProvider.class)
class CatalogueOrderTest {

	private static final String EU = section("EU", "", "    1 November \"EU event\" -1");
	private static final String TOGETHER = "keep the period-long events together, all at the start of the catalogue or all at its end.";

	@Inject
	private Documents documents;
	@Inject
	private ValidationTestHelper validation;

	// ------------------------------------------------------------ chronology

	@Test
	void outOfOrderRowIsAWarningOnTheFirstRowOutOfPlace() {
		Issue issue = russia("1 November", "24 December", "22 December", "2 November");
		validation.assertWarning(issue, EVENT_DATE, CATALOGUE_OUT_OF_ORDER,
				"Row 3 (22 December) comes after row 2 (24 December): the catalogue is not in chronological order.");
		assertEquals(1, count(issue));
	}

	@Test
	void rowIsComparedWithTheLatestDateAboveItNotOnlyWithItsNeighbour() {
		validation.assertWarning(russia("1 November", "20 November", "November", "5 November"), EVENT_DATE, CATALOGUE_OUT_OF_ORDER,
				"Row 4 (5 November) comes after row 2 (20 November)");
		assertInOrder(russia("1 November", "20 November", "November", "25 November"));
	}

	@Test
	void securityCatalogueOutOfOrderIsAWarning() {
		validation.assertWarning(security("3 November", "1 November"), EVENT_DATE, CATALOGUE_OUT_OF_ORDER,
				"Row 2 (1 November) comes after row 1 (3 November)");
		assertInOrder(security("1 November", "3 November"));
	}

	// ------------------------------------------------------------ the period-long events, first or last

	@Test
	void periodLongEventsLeadingTheCatalogueAreInOrder() {
		// issue 18's Appendix 2: five period-long rows, then the dated ones
		assertInOrder(security("November-December", "November–December", "November", "19 November", "November", "Early December",
				"17 December", "December"));
		assertInOrder(russia("November-December", "1 November", "3 December"));
	}

	@Test
	void periodLongEventsClosingTheCatalogueAreInOrder() {
		assertInOrder(russia("1 November", "November", "November-December", "November–December"));
		assertInOrder(security("1 November", "Late December", "November-December"));
	}

	@Test
	void aCatalogueOfOnlyPeriodLongEventsIsInOrder() {
		assertInOrder(russia("November-December", "November–December", "November-December"));
		assertInOrder(security("November-December", "November-December"));
	}

	@Test
	void aPeriodLongEventAmongTheRowsOfACatalogueThatOpensWithThemIsWarned() {
		// issue 17's Appendix 2: period-long rows, "29 October", then another period-long row
		Issue issue = security("November-December", "November-December", "29 November", "November-December", "4 December");
		validation.assertWarning(issue, EVENT_DATE, CATALOGUE_OUT_OF_ORDER,
				"Row 4 (November-December), a period-long event, comes after row 3 (29 November): " + TOGETHER);
		assertEquals(1, count(issue));
		String text = NodeModelUtils.getNode(issue).getRootNode().getText();
		assertEquals(text.indexOf("November-December \"Event 4\""), only(issue).getOffset(), "the warning marks row 4's date");
	}

	@Test
	void aRowAfterThePeriodLongEventsOfACatalogueThatClosesWithThemIsWarned() {
		Issue issue = russia("1 November", "November-December", "5 November");
		validation.assertWarning(issue, EVENT_DATE, CATALOGUE_OUT_OF_ORDER,
				"Row 3 (5 November) comes after the period-long row 2 (November-December): " + TOGETHER);
		assertEquals(1, count(issue));
	}

	@Test
	void datedRowsOutOfOrderAreWarnedUnderEitherConvention() {
		validation.assertWarning(security("November-December", "10 November", "4 November"), EVENT_DATE, CATALOGUE_OUT_OF_ORDER,
				"Row 3 (4 November) comes after row 2 (10 November): the catalogue is not in chronological order.");
		validation.assertWarning(russia("10 November", "4 November", "November-December"), EVENT_DATE, CATALOGUE_OUT_OF_ORDER,
				"Row 2 (4 November) comes after row 1 (10 November): the catalogue is not in chronological order.");
	}

	@Test
	void partsOfAMonthAreNotPeriodLong() {
		// "Mid-November" and "Early December" are dated rows: they neither open a block of period-long events nor belong in one
		assertInOrder(russia("November-December", "Mid-November", "Early December"));
		validation.assertWarning(russia("November-December", "Early December", "Mid-November"), EVENT_DATE, CATALOGUE_OUT_OF_ORDER,
				"Row 3 (Mid-November) comes after row 2 (Early December): the catalogue is not in chronological order.");
		validation.assertWarning(russia("Mid-November", "November-December", "Early December"), EVENT_DATE, CATALOGUE_OUT_OF_ORDER,
				"Row 3 (Early December) comes after the period-long row 2 (November-December): " + TOGETHER);
	}

	@Test
	void aRowWithoutADateDoesNotDecideTheConvention() {
		assertInOrder(russia("-", "November-December", "3 November"));
		assertInOrder(russia("-", "3 November", "November-December"));
	}

	// ------------------------------------------------------------------

	private void assertInOrder(Issue issue) {
		validation.assertNoIssue(issue, EVENT_DATE, CATALOGUE_OUT_OF_ORDER);
	}

	/** Issue 1 (November-December 2020) whose Russia catalogue has rows with these dates. */
	private Issue russia(String... dates) {
		return documents.issueOfTestProfile(issueText(section("Russia", "", rows(dates, " +1")) + EU));
	}

	/** Issue 1 whose security catalogue has rows with these dates. */
	private Issue security(String... dates) {
		return documents.issueOfTestProfile(issueText(section("Russia", "", "    1 November \"A\" +1") + EU
				+ "security by \"An Analyst\" {\n  trends\n    1. \"A trend.\"\n  forecast \"A forecast.\"\n  events\n"
				+ rows(dates, " 0 -1") + "\n}\n"));
	}

	/** One row per date, each with its own description (so no row repeats another). */
	private static String rows(String[] dates, String scores) {
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < dates.length; i++) {
			rows.append(i == 0 ? "" : "\n").append("    ").append(dates[i]).append(" \"Event ").append(i + 1).append('"').append(scores);
		}
		return rows.toString();
	}

	private long count(Issue issue) {
		return validation.validate(issue).stream().filter(i -> CATALOGUE_OUT_OF_ORDER.equals(i.getCode())).count();
	}

	private org.eclipse.xtext.validation.Issue only(Issue issue) {
		List<org.eclipse.xtext.validation.Issue> found = validation.validate(issue).stream()
				.filter(i -> CATALOGUE_OUT_OF_ORDER.equals(i.getCode())).toList();
		assertEquals(1, found.size(), found.toString());
		return found.get(0);
	}
}
