package org.barometer.model.dates;

import java.time.YearMonth;

import org.barometer.model.Period;

/** The days of an issue's period. */
public final class PeriodSpans {

	private PeriodSpans() {
	}

	public static DateSpan span(Period period) {
		if (period == null || period.getYear() <= 0) {
			return null;
		}
		YearMonth first = YearMonth.of(period.getYear(), period.getFirstMonth().getValue());
		YearMonth second = YearMonth.of(period.getYear(), period.getSecondMonth().getValue());
		if (second.isBefore(first)) {
			return null;
		}
		return new DateSpan(first.atDay(1), second.atEndOfMonth());
	}

	/** The two months before the period: where a range may start with only a warning. */
	public static DateSpan previousSpan(Period period) {
		DateSpan span = span(period);
		if (span == null) {
			return null;
		}
		YearMonth first = YearMonth.from(span.start()).minusMonths(2);
		return new DateSpan(first.atDay(1), span.start().minusDays(1));
	}

	/**
	 * Whether the days start in the two months before the period and end inside it: a range
	 * the catalogue keeps, with a warning. False when the period is incomplete.
	 */
	public static boolean startsInPreviousPeriod(Period period, DateSpan days) {
		DateSpan span = span(period);
		return span != null && days != null && previousSpan(period).contains(days.start()) && span.contains(days.end());
	}
}
