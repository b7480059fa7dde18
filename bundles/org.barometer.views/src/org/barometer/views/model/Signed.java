package org.barometer.views.model;

import org.barometer.model.scale.BandRangeText;

/** Figures as the publication prints them, with their sign: +14, -4, 0. */
public final class Signed {

	private Signed() {
	}

	public static String of(int value) {
		return BandRangeText.signed(value);
	}
}
