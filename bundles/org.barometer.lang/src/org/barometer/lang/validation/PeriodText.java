package org.barometer.lang.validation;

import org.barometer.model.Period;

/** A period in messages as an editor reads it: "November-December 2020". */
final class PeriodText {

	private PeriodText() {
	}

	static String of(Period period) {
		return period.getFirstMonth().getLiteral() + "-" + period.getSecondMonth().getLiteral() + " " + period.getYear();
	}
}
