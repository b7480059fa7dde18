package org.barometer.model.dates;

import org.barometer.model.Event;
import org.barometer.model.Issue;
import org.barometer.model.navigation.Containers;

/** The days of an event's date, placed by the period of the issue that contains it. */
public final class EventSpans {

	private EventSpans() {
	}

	public static DateSpan span(Event event) {
		Issue issue = Containers.issueOf(event);
		if (event.getDate() == null || issue == null || issue.getPeriod() == null) {
			return null;
		}
		return EventDateParser.parse(event.getDate().getText()).spanFor(issue.getPeriod());
	}
}
