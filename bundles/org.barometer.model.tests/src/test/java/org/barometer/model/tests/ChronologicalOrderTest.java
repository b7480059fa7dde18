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
		assertFalse(inversion.afterPeriodLong());
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
		assertTrue(inversion.afterPeriodLong());
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

	@Test
	void periodLongEventsBelongAtTheEnd() {
		ChronologicalOrder.Inversion inversion = ChronologicalOrder.firstInversion(
				catalogue("September–October", "29 October"));
		assertEquals(1, inversion.index());
		assertTrue(inversion.afterPeriodLong());
	}

	@Test
	void sortingPutsTheCatalogueInOrder() {
		List<RelationshipEvent> events = catalogue("September-October", "30 September", "29 September", "Mid-September", "-");
		List<RelationshipEvent> sorted = ChronologicalOrder.sorted(events);
		assertEquals(List.of("Mid-September", "29 September", "30 September", "September-October", "-"),
				sorted.stream().map(e -> e.getDate().getText()).toList());
		assertNull(ChronologicalOrder.firstInversion(sorted));
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
