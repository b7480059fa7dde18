package org.barometer.model.dates;

import java.time.LocalDate;
import java.util.Objects;

/** A closed interval of calendar days, {@code start <= end}. */
public record DateSpan(LocalDate start, LocalDate end) {

	public DateSpan {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("span ends before it starts: " + start + " > " + end);
		}
	}

	public boolean contains(DateSpan other) {
		return !other.start.isBefore(start) && !other.end.isAfter(end);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(start) && !day.isAfter(end);
	}

	public boolean overlaps(DateSpan other) {
		return !other.end.isBefore(start) && !other.start.isAfter(end);
	}
}
