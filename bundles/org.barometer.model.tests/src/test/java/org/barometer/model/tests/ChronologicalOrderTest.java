package org.barometer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.barometer.model.Issue;
import org.barometer.model.Month;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.dates.ChronologicalOrder;
import org.junit.jupiter.api.Test;

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
