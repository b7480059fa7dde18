package org.barometer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.barometer.model.DateKind;
import org.barometer.model.Issue;
import org.barometer.model.Month;
import org.barometer.model.RelationshipSection;
import org.barometer.model.dates.DateSpan;
import org.barometer.model.dates.EventDateParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every date form editors write, with the days it stands for in 2020. */
class EventDateParserTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"1 November               | DAY               | 2020-11-01 | 2020-11-01",
			"22-29 September          | DAY_RANGE         | 2020-09-22 | 2020-09-29",
			"14–20 September          | DAY_RANGE         | 2020-09-14 | 2020-09-20",
			"28 October - 8 November  | CROSS_MONTH_RANGE | 2020-10-28 | 2020-11-08",
			"December                 | MONTH             | 2020-12-01 | 2020-12-31",
			"Mid-September            | PART_OF_MONTH     | 2020-09-11 | 2020-09-20",
			"Early December           | PART_OF_MONTH     | 2020-12-01 | 2020-12-10",
			"Late November            | PART_OF_MONTH     | 2020-11-21 | 2020-11-30",
			"November-December        | MONTH_RANGE       | 2020-11-01 | 2020-12-31",
			"September–October        | MONTH_RANGE       | 2020-09-01 | 2020-10-31",
	})
	void readsEveryForm(String text, DateKind kind, LocalDate start, LocalDate end) {
		assertEquals(kind, EventDateParser.parse(text).kind());
		assertEquals(new DateSpan(start, end), EventDateParser.parse(text).span(2020));
	}

	@ParameterizedTest(name = "[{index}] {1}")
	@CsvSource(delimiter = '|', value = { "- | MISSING", "'' | MISSING", "31 September | DAY", "30-31 February | DAY_RANGE",
			"1 Brumaire | UNRECOGNISED", "next week | UNRECOGNISED" })
	void hasNoDaysWhenMissingOrImpossible(String text, DateKind kind) {
		assertEquals(kind, EventDateParser.parse(text).kind());
		assertNull(EventDateParser.parse(text).span(2020));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "28 December - 3 January | 2020-12-28 | 2021-01-03" })
	void rangeAcrossTheYearEndsInTheNextYear(String text, LocalDate start, LocalDate end) {
		assertEquals(new DateSpan(start, end), EventDateParser.parse(text).span(2020));
	}

	@Test
	void rangeAcrossTheYearIntoAJanuaryPeriodStartsInThePreviousYear() {
		DateSpan lastWinter = new DateSpan(LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 5));
		Issue januaryFebruary = ModelFixtures.issue(Month.JANUARY, Month.FEBRUARY, 2021);
		assertEquals(lastWinter, EventDateParser.parse("28 December - 5 January").spanFor(januaryFebruary.getPeriod()));
		Issue novemberDecember = ModelFixtures.issue(Month.NOVEMBER, Month.DECEMBER, 2020);
		assertEquals(lastWinter, EventDateParser.parse("28 December - 5 January").spanFor(novemberDecember.getPeriod()));
	}

	@Test
	void anEventIsPlacedByItsIssuesPeriod() {
		Issue issue = ModelFixtures.issue(Month.JANUARY, Month.FEBRUARY, 2021);
		RelationshipSection section = ModelFixtures.section(issue);
		section.getEvents().add(ModelFixtures.event("28 December - 5 January", 1));
		section.getEvents().add(ModelFixtures.event("December", 1));
		assertEquals(new DateSpan(LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 5)), section.getEvents().get(0).span());
		// only a range across the turn of the year changes year: a single month stays in the issue's
		assertEquals(new DateSpan(LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31)), section.getEvents().get(1).span());
	}
}
