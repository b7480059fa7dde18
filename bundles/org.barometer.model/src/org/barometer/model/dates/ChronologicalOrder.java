package org.barometer.model.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.barometer.model.Event;
import org.barometer.model.Issue;
import org.barometer.model.navigation.Containers;

/**
 * The order of a catalogue: chronological by first day, with period-long events (those
 * dated by the issue's two months) at the end. An imprecise date ("October", "Mid-September")
 * is in order after any day it may include, so "22 October", "October", "27 October" is fine.
 */
public final class ChronologicalOrder {

	/**
	 * A row that comes too early, and the row above it that it should precede: the one with the
	 * latest first day so far, or the period-long row it follows. Indices are 0-based.
	 */
	public record Inversion(int index, Event event, int predecessorIndex, Event predecessor, boolean afterPeriodLong) {
	}

	private ChronologicalOrder() {
	}

	public static boolean isPeriodLong(Event event) {
		Issue issue = Containers.issueOf(event);
		DateSpan span = event.span();
		return issue != null && issue.getPeriod() != null && span != null && span.equals(issue.getPeriod().span());
	}

	/**
	 * The first row that should come before a row above it, or null when the catalogue is in
	 * order. A row is compared with the latest start above it, not only with its neighbour, so
	 * that "1 November", "20 November", "November", "5 November" is caught at "5 November".
	 * Rows without a usable date are skipped.
	 */
	public static Inversion firstInversion(List<? extends Event> catalogue) {
		int latest = -1; // the row, not period-long, with the latest first day so far (of rows with the same first day, the last)
		int periodLong = -1; // the last period-long row so far
		for (int i = 0; i < catalogue.size(); i++) {
			Event event = catalogue.get(i);
			DateSpan span = event.span();
			if (span == null) {
				continue;
			}
			if (isPeriodLong(event)) {
				periodLong = i;
				continue;
			}
			if (periodLong >= 0) {
				return new Inversion(i, event, periodLong, catalogue.get(periodLong), true);
			}
			if (latest >= 0 && span.end().isBefore(catalogue.get(latest).span().start())) {
				return new Inversion(i, event, latest, catalogue.get(latest), false);
			}
			if (latest < 0 || !span.start().isBefore(catalogue.get(latest).span().start())) {
				latest = i;
			}
		}
		return null;
	}

	/** The catalogue in order (a stable sort: rows that compare equal keep their relative place; rows without a usable date go last). */
	public static <E extends Event> List<E> sorted(List<E> catalogue) {
		List<E> rows = new ArrayList<>(catalogue);
		rows.sort(Comparator.comparing((E e) -> e.span() == null)
				.thenComparing(ChronologicalOrder::isPeriodLong)
				.thenComparing(e -> e.span() == null ? null : e.span().start(), Comparator.nullsLast(Comparator.naturalOrder())));
		return rows;
	}
}
