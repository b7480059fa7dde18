package org.barometer.model.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.barometer.model.Event;
import org.barometer.model.Issue;
import org.barometer.model.navigation.Containers;

/**
 * The order of a catalogue: chronological by first day, with its period-long events (those
 * dated by the issue's two months) together in one block, at its start or at its end. The
 * published issues do both: Appendix 2 lists its period-long events first, Appendix 1 last;
 * the catalogue's first dated row tells which of the two it follows. An imprecise date
 * ("October", "Mid-September") is in order after any day it may include, so "22 October",
 * "October", "27 October" is fine.
 */
public final class ChronologicalOrder {

	/** What is wrong with a row's place. */
	public enum Misplacement {
		/** The row is dated before a row above it. */
		BEFORE_A_ROW_ABOVE,
		/** The catalogue closes with its period-long events, and this row comes after one of them. */
		AFTER_THE_CLOSING_PERIOD_LONG_ROWS,
		/** The catalogue opens with its period-long events, and this one comes after other rows. */
		PERIOD_LONG_AFTER_THE_OPENING_BLOCK
	}

	/**
	 * A row that is out of place, and the row above it that explains why: the one with the
	 * latest first day so far, the period-long row it follows, or the last other row before a
	 * period-long row that belongs at the start. Indices are 0-based.
	 */
	public record Inversion(int index, Event event, int predecessorIndex, Event predecessor, Misplacement misplacement) {
	}

	private ChronologicalOrder() {
	}

	public static boolean isPeriodLong(Event event) {
		Issue issue = Containers.issueOf(event);
		DateSpan span = event.span();
		return issue != null && issue.getPeriod() != null && span != null && span.equals(issue.getPeriod().span());
	}

	/** Whether the catalogue's first row with a usable date is period-long: then its period-long events belong at its start. */
	public static boolean opensWithPeriodLong(List<? extends Event> catalogue) {
		for (Event event : catalogue) {
			if (event.span() != null) {
				return isPeriodLong(event);
			}
		}
		return false;
	}

	/**
	 * The first row out of place, or null when the catalogue is in order. A row is compared with
	 * the latest start above it, not only with its neighbour, so that "1 November",
	 * "20 November", "November", "5 November" is caught at "5 November". Rows without a usable
	 * date are skipped.
	 */
	public static Inversion firstInversion(List<? extends Event> catalogue) {
		boolean periodLongFirst = opensWithPeriodLong(catalogue);
		int latest = -1; // the row, not period-long, with the latest first day so far (of rows with the same first day, the last)
		int periodLong = -1; // the last period-long row so far
		int lastOther = -1; // the last row so far that is not period-long
		for (int i = 0; i < catalogue.size(); i++) {
			Event event = catalogue.get(i);
			DateSpan span = event.span();
			if (span == null) {
				continue;
			}
			if (isPeriodLong(event)) {
				if (periodLongFirst && lastOther >= 0) {
					return new Inversion(i, event, lastOther, catalogue.get(lastOther), Misplacement.PERIOD_LONG_AFTER_THE_OPENING_BLOCK);
				}
				periodLong = i;
				continue;
			}
			if (!periodLongFirst && periodLong >= 0) {
				return new Inversion(i, event, periodLong, catalogue.get(periodLong), Misplacement.AFTER_THE_CLOSING_PERIOD_LONG_ROWS);
			}
			if (latest >= 0 && span.end().isBefore(catalogue.get(latest).span().start())) {
				return new Inversion(i, event, latest, catalogue.get(latest), Misplacement.BEFORE_A_ROW_ABOVE);
			}
			if (latest < 0 || !span.start().isBefore(catalogue.get(latest).span().start())) {
				latest = i;
			}
			lastOther = i;
		}
		return null;
	}

	/**
	 * The catalogue in order, keeping its convention: period-long events first when it opens
	 * with one, last otherwise. A stable sort: rows that compare equal keep their relative
	 * place; rows without a usable date go last.
	 */
	public static <E extends Event> List<E> sorted(List<E> catalogue) {
		boolean periodLongFirst = opensWithPeriodLong(catalogue);
		List<E> rows = new ArrayList<>(catalogue);
		rows.sort(Comparator.comparing((E e) -> e.span() == null)
				.thenComparing(e -> isPeriodLong(e) != periodLongFirst)
				.thenComparing(e -> e.span() == null ? null : e.span().start(), Comparator.nullsLast(Comparator.naturalOrder())));
		return rows;
	}
}
