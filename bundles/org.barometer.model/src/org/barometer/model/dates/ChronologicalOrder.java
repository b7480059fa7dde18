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

	/** A row that comes too early, and the row it follows. */
	public record Inversion(int index, Event event, Event predecessor, boolean afterPeriodLong) {
	}

	private ChronologicalOrder() {
	}

	public static boolean isPeriodLong(Event event) {
		Issue issue = Containers.issueOf(event);
		DateSpan span = event.span();
		return issue != null && issue.getPeriod() != null && span != null && span.equals(issue.getPeriod().span());
	}

	/** The first row that should come before the row above it, or null when the catalogue is in order. Rows without a usable date are skipped. */
	public static Inversion firstInversion(List<? extends Event> catalogue) {
		Event previous = null;
		for (int i = 0; i < catalogue.size(); i++) {
			Event event = catalogue.get(i);
			DateSpan span = event.span();
			if (span == null) {
				continue;
			}
			if (previous != null) {
				boolean previousPeriodLong = isPeriodLong(previous);
				boolean periodLong = isPeriodLong(event);
				if (previousPeriodLong && !periodLong) {
					return new Inversion(i, event, previous, true);
				}
				if (!previousPeriodLong && !periodLong && span.end().isBefore(previous.span().start())) {
					return new Inversion(i, event, previous, false);
				}
			}
			previous = event;
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
