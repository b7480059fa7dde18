package org.barometer.lang.validation;

import org.barometer.model.scale.BandRangeText;

/** Figures in messages are written as the publication writes them: +14, -4, 0. */
final class Signed {

	private Signed() {
	}

	static String of(int value) {
		return BandRangeText.signed(value);
	}

	static String of(long value) {
		return value > 0 ? "+" + value : Long.toString(value);
	}
}
