package org.barometer.model.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import org.barometer.model.DateKind;
import org.barometer.model.Month;
import org.barometer.model.Period;

/**
 * The structure of an event date as written. Days are 1-based; a part of a month is kept
 * as the days it stands for (early = 1–10, mid = 11–20, late = 21–end), so that every form
 * reduces to a first and a last day.
 *
 * @param firstDay  first day, or 0 for "the month's first day"
 * @param lastDay   last day, or 0 for "the month's last day"
 */
public record ParsedDate(DateKind kind, Month firstMonth, int firstDay, Month lastMonth, int lastDay) {

	static final ParsedDate MISSING = new ParsedDate(DateKind.MISSING, null, 0, null, 0);
	static final ParsedDate UNRECOGNISED = new ParsedDate(DateKind.UNRECOGNISED, null, 0, null, 0);

	/**
	 * The days covered for an issue of {@code period}. A range across the turn of the year
	 * ("28 December - 5 January") belongs to the turn nearest the period: in a
	 * January-February issue it starts in the previous year, in a November-December issue it
	 * ends in the next. Any other date is in the period's year; null as for {@link #span(int)}.
	 */
	public DateSpan spanFor(Period period) {
		int year = period.getYear();
		if (!PeriodSpans.isSupportedYear(year)) {
			return null;
		}
		boolean periodInFirstHalf = period.getFirstMonth() != null && period.getFirstMonth().getValue() <= 6;
		return span(crossesTurnOfYear() && periodInFirstHalf ? year - 1 : year);
	}

	/** Whether the date runs from one year into the next: its last month comes before its first. */
	public boolean crossesTurnOfYear() {
		return firstMonth != null && lastMonth != null && lastMonth.getValue() < firstMonth.getValue();
	}

	/**
	 * The days covered starting in {@code year} (a range across the turn of the year ends in the
	 * next one), or null when missing, unrecognised or not a real day.
	 */
	public DateSpan span(int year) {
		if (firstMonth == null || lastMonth == null) {
			return null;
		}
		try {
			YearMonth first = YearMonth.of(year, firstMonth.getValue());
			YearMonth last = YearMonth.of(crossesTurnOfYear() ? year + 1 : year, lastMonth.getValue());
			LocalDate start = firstDay == 0 ? first.atDay(1) : first.atDay(firstDay);
			LocalDate end = lastDay == 0 ? last.atEndOfMonth() : last.atDay(lastDay);
			if (end.isBefore(start)) {
				return null;
			}
			return new DateSpan(start, end);
		} catch (DateTimeException e) {
			return null; // "31 September": no such day
		}
	}

	/** Whether the date names days that exist in {@code year} (missing dates do not). */
	public boolean isValidIn(int year) {
		return span(year) != null;
	}
}
