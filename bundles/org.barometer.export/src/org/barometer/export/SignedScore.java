package org.barometer.export;

import org.barometer.model.scale.BandRangeText;

/**
 * Scores and indices as the publication prints them: always with their sign ({@code +14},
 * {@code -4}, {@code 0}). Word gets the text; Excel keeps the number and shows it through
 * {@link #EXCEL_FORMAT}.
 */
public final class SignedScore {

	/** Positive with a plus, negative with a minus, zero bare. */
	public static final String EXCEL_FORMAT = "+0;-0;0";

	private SignedScore() {
	}

	public static String of(int value) {
		return BandRangeText.signed(value);
	}
}
