package org.barometer.lang.validation;

import static org.barometer.lang.validation.BarometerIssueCodes.*;

import org.barometer.lang.messages.DateMessages;
import org.barometer.lang.messages.QuotedInput;
import org.barometer.model.BarometerPackage.Literals;
import org.barometer.model.DateKind;
import org.barometer.model.Event;
import org.barometer.model.Issue;
import org.barometer.model.Period;
import org.barometer.model.dates.DateSpan;
import org.barometer.model.dates.PeriodSpans;
import org.barometer.model.navigation.Containers;
import org.eclipse.xtext.validation.Check;

/**
 * The date of each catalogue row: present, a real day, and inside the issue's period (a range
 * that starts in the previous period is only a warning). The rules exclude each other, so a
 * row gets at most one of these diagnostics.
 */
public class EventDateValidator extends BarometerCheckBase {

	@Check
	public void eventHasADate(Event event) {
		if (event.getDate() != null && event.getDate().kind() == DateKind.MISSING) {
			error("The event has no date.", event.getDate(), Literals.EVENT_DATE__TEXT, DATE_MISSING);
		}
	}

	@Check
	public void dateIsARealDay(Event event) {
		Period period = periodOf(event);
		if (period != null && event.getDate().kind() != DateKind.MISSING && event.span() == null) {
			error(DateMessages.notADay(event.getDate().getText(), period.getYear()), event.getDate(),
					Literals.EVENT_DATE__TEXT, DATE_INVALID);
		}
	}

	@Check
	public void dateIsWithinPeriod(Event event) {
		Period period = periodOf(event);
		DateSpan days = event.span();
		if (period != null && days != null && !period.span().contains(days)
				&& !PeriodSpans.startsInPreviousPeriod(period, days)) {
			error(QuotedInput.of(event.getDate().getText()) + " is outside the issue's period (" + PeriodText.of(period) + ").",
					event.getDate(), Literals.EVENT_DATE__TEXT, DATE_OUTSIDE_PERIOD);
		}
	}

	@Check
	public void dateStartsWithinPeriod(Event event) {
		Period period = periodOf(event);
		if (period != null && PeriodSpans.startsInPreviousPeriod(period, event.span())) {
			warning(QuotedInput.of(event.getDate().getText()) + " starts before the issue's period (" + PeriodText.of(period)
					+ "), in the previous one.", event.getDate(), Literals.EVENT_DATE__TEXT, DATE_STARTS_IN_PREVIOUS_PERIOD);
		}
	}

	/** The period of the event's issue when the event has a date and the period is complete; else null. */
	private static Period periodOf(Event event) {
		Issue issue = Containers.issueOf(event);
		if (event.getDate() == null || issue == null || issue.getPeriod() == null || issue.getPeriod().span() == null) {
			return null;
		}
		return issue.getPeriod();
	}
}
