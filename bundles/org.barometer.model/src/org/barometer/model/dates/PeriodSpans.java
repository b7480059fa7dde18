package org.barometer.model.dates;

import java.time.YearMonth;

import org.barometer.model.Period;

/** The days of an issue's period. */
public final class PeriodSpans {

	/**
	 * The years a period may have. The calendar library holds years up to 999,999,999 only, and
	 * index keys multiply years by 12; four digits are all a publication needs.
	 */
	public static final int FIRST_YEAR = 1;
	public static final int LAST_YEAR = 9999;

	private PeriodSpans() {
	}

	public static boolean isSupportedYear(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	/** The days of the period, or null when it is incomplete, runs backwards or has a year outside the supported ones. */
	public static DateSpan span(Period period) {
		if (period == null || period.getFirstMonth() == null || period.getSecondMonth() == null
				|| !isSupportedYear(period.getYear())) {
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
