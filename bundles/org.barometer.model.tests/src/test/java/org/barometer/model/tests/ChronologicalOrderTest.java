package org.barometer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.barometer.model.Issue;
import org.barometer.model.Month;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.dates.ChronologicalOrder;
import org.barometer.model.dates.ChronologicalOrder.Misplacement;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ChronologicalOrderTest {

	@Test
	void impreciseDatesMayFollowAnyDayTheyInclude() {
		assertNull(ChronologicalOrder.firstInversion(catalogue("22 October", "October", "27 October", "September-October")));
	}

	@Test
	void findsTheFirstRowThatComesTooLate() {
		ChronologicalOrder.Inversion inversion = ChronologicalOrder.firstInversion(
				catalogue("1 September", "1 October", "13 September", "2 September"));
		assertEquals(2, inversion.index());
		assertEquals("13 September", inversion.event().getDate().getText());
	}

	@Test
	void comparesEachRowWithTheLatestStartAboveIt() {
		// "5 September" is after "September", which may include it, but before "20 September"
		ChronologicalOrder.Inversion inversion = ChronologicalOrder.firstInversion(
				catalogue("1 September", "20 September", "September", "5 September"));
		assertEquals(3, inversion.index());
		assertEquals(1, inversion.predecessorIndex());
		assertEquals("20 September", inversion.predecessor().getDate().getText());
		assertEquals(Misplacement.BEFORE_A_ROW_ABOVE, inversion.misplacement());
	}

	@Test
	void ofRowsWithTheLatestStartTheNearestIsNamed() {
		ChronologicalOrder.Inversion inversion = ChronologicalOrder.firstInversion(
				catalogue("1 September", "1 October", "1 October", "13 September"));
		assertEquals(3, inversion.index());
		assertEquals(2, inversion.predecessorIndex());
	}

	@Test
	void rowsAfterAnImpreciseDateThatAreNotBeforeTheLatestStartAreInOrder() {
		assertNull(ChronologicalOrder.firstInversion(catalogue("1 September", "20 September", "September", "20 September",
				"25 September", "September-October")));
	}

	@Test
	void rowAfterAPeriodLongRowNamesIt() {
		ChronologicalOrder.Inversion inversion = ChronologicalOrder.firstInversion(
				catalogue("1 September", "September-October", "-", "29 October"));
		assertEquals(3, inversion.index());
		assertEquals(1, inversion.predecessorIndex());
		assertEquals(Misplacement.AFTER_THE_CLOSING_PERIOD_LONG_ROWS, inversion.misplacement());
	}

	@Property
	void aSortedCatalogueIsInOrder(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 64) Integer> days) {
		// 1..61 are the days of September-October; 0 a missing date, 62 a month, 63 the period, 64 a part of a month
		String[] dates = days.stream().map(ChronologicalOrderTest::dateText).toArray(String[]::new);
		assertNull(ChronologicalOrder.firstInversion(ChronologicalOrder.sorted(catalogue(dates))));
	}

	private static String dateText(int day) {
		return switch (day) {
			case 0 -> "-";
			case 62 -> "October";
			case 63 -> "September-October";
			case 64 -> "Mid-September";
			default -> day <= 30 ? day + " September" : (day - 30) + " October";
		};
	}

	// ------------------------------------------------------------ the two conventions of the published issues

	@Test
	void periodLongEventsMayOpenTheCatalogue() {
		// Appendix 2 of issue 18: the period-long rows first, then the dated ones in order
		assertNull(ChronologicalOrder.firstInversion(
				catalogue("September-October", "September–October", "4 September", "Mid-September", "29 October")));
	}

	@Test
	void periodLongEventsMayCloseTheCatalogue() {
		assertNull(ChronologicalOrder.firstInversion(
				catalogue("4 September", "Mid-September", "October", "September-October", "September–October")));
	}

	@Test
	void aCatalogueOfOnlyPeriodLongEventsIsInOrder() {
		assertNull(ChronologicalOrder.firstInversion(catalogue("September-October", "September–October", "September-October")));
	}

	@Test
	void aPeriodLongRowAfterOtherRowsOfACatalogueThatOpensWithThemIsOutOfPlace() {
		// Appendix 2 of issue 17: five period-long rows, "29 October", then another period-long row
		ChronologicalOrder.Inversion inversion = ChronologicalOrder.firstInversion(
				catalogue("September-October", "September-October", "29 October", "September-October", "4 September"));
		assertEquals(3, inversion.index());
		assertEquals(2, inversion.predecessorIndex());
		assertEquals("29 October", inversion.predecessor().getDate().getText());
		assertEquals(Misplacement.PERIOD_LONG_AFTER_THE_OPENING_BLOCK, inversion.misplacement());
	}

	@Test
	void aRowAfterThePeriodLongRowsOfACatalogueThatClosesWithThemIsOutOfPlace() {
		ChronologicalOrder.Inversion inversion = ChronologicalOrder.firstInversion(
				catalogue("1 September", "September-October", "September-October", "29 October"));
		assertEquals(3, inversion.index());
		assertEquals(2, inversion.predecessorIndex());
		assertEquals(Misplacement.AFTER_THE_CLOSING_PERIOD_LONG_ROWS, inversion.misplacement());
	}

	@Test
	void datedRowsOutOfOrderAfterAnOpeningBlockAreCaught() {
		ChronologicalOrder.Inversion inversion = ChronologicalOrder.firstInversion(
				catalogue("September-October", "10 September", "4 September", "September-October"));
		assertEquals(2, inversion.index(), "the dated rows come first in row order, before the misplaced period-long row");
		assertEquals(1, inversion.predecessorIndex());
		assertEquals(Misplacement.BEFORE_A_ROW_ABOVE, inversion.misplacement());
	}

	@Test
	void datedRowsOutOfOrderBeforeAClosingBlockAreCaught() {
		ChronologicalOrder.Inversion inversion = ChronologicalOrder.firstInversion(
				catalogue("10 September", "4 September", "September-October"));
		assertEquals(1, inversion.index());
		assertEquals(Misplacement.BEFORE_A_ROW_ABOVE, inversion.misplacement());
	}

	@Test
	void partsOfAMonthAreNotPeriodLong() {
		assertFalse(ChronologicalOrder.isPeriodLong(catalogue("Mid-September").get(0)));
		assertFalse(ChronologicalOrder.isPeriodLong(catalogue("Early October").get(0)));
		assertFalse(ChronologicalOrder.isPeriodLong(catalogue("October").get(0)));
		assertTrue(ChronologicalOrder.isPeriodLong(catalogue("September–October").get(0)));
		// "Early October" opens the catalogue as a dated row, so the period-long row below it closes it
		ChronologicalOrder.Inversion inversion = ChronologicalOrder.firstInversion(
				catalogue("Early October", "September-October", "Late October"));
		assertEquals(2, inversion.index());
		assertEquals(Misplacement.AFTER_THE_CLOSING_PERIOD_LONG_ROWS, inversion.misplacement());
		// and "Mid-September" after "Late October" is a dated row out of order, not a matter of placement
		inversion = ChronologicalOrder.firstInversion(catalogue("September-October", "Late October", "Mid-September"));
		assertEquals(2, inversion.index());
		assertEquals(Misplacement.BEFORE_A_ROW_ABOVE, inversion.misplacement());
	}

	@Test
	void rowsWithoutADateDoNotDecideTheConvention() {
		assertNull(ChronologicalOrder.firstInversion(catalogue("-", "September-October", "-", "4 September")));
		assertTrue(ChronologicalOrder.opensWithPeriodLong(catalogue("-", "September-October", "4 September")));
		assertFalse(ChronologicalOrder.opensWithPeriodLong(catalogue("-", "4 September", "September-October")));
	}

	@Test
	void sortingKeepsPeriodLongEventsFirstInACatalogueThatOpensWithThem() {
		List<RelationshipEvent> events = catalogue("September-October", "30 September", "29 September", "September-October",
				"Mid-September", "-");
		List<RelationshipEvent> sorted = ChronologicalOrder.sorted(events);
		assertEquals(List.of("September-October", "September-October", "Mid-September", "29 September", "30 September", "-"),
				sorted.stream().map(e -> e.getDate().getText()).toList());
		assertNull(ChronologicalOrder.firstInversion(sorted));
	}

	@Test
	void sortingKeepsPeriodLongEventsLastInACatalogueThatClosesWithThem() {
		List<RelationshipEvent> events = catalogue("30 September", "September-October", "29 September", "Mid-September", "-");
		List<RelationshipEvent> sorted = ChronologicalOrder.sorted(events);
		assertEquals(List.of("Mid-September", "29 September", "30 September", "September-October", "-"),
				sorted.stream().map(e -> e.getDate().getText()).toList());
		assertNull(ChronologicalOrder.firstInversion(sorted));
	}

	@Property
	void sortingKeepsTheCatalogueConvention(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 64) Integer> days) {
		List<RelationshipEvent> events = catalogue(days.stream().map(ChronologicalOrderTest::dateText).toArray(String[]::new));
		assertEquals(ChronologicalOrder.opensWithPeriodLong(events), ChronologicalOrder.opensWithPeriodLong(ChronologicalOrder.sorted(events)));
	}

	private static List<RelationshipEvent> catalogue(String... dates) {
		Issue issue = ModelFixtures.issue(Month.SEPTEMBER, Month.OCTOBER, 2020);
		RelationshipSection section = ModelFixtures.section(issue);
		for (String date : dates) {
			section.getEvents().add(ModelFixtures.event(date, 1));
		}
		return section.getEvents();
	}
}
