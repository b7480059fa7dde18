package org.barometer.model.scale;

import org.barometer.model.Band;
import org.barometer.model.Bound;

/** A band's bounds in the words the publication prints. */
public final class BandRangeText {

	private BandRangeText() {
	}

	public static String of(Band band) {
		Bound lower = band.getLower();
		Bound upper = band.getUpper();
		if (lower == null && upper == null) {
			return "any value";
		}
		if (lower == null) {
			return upper.isInclusive() ? signed(upper.getValue()) + " and lower" : "lower than " + signed(upper.getValue());
		}
		if (upper == null) {
			return lower.isInclusive() ? signed(lower.getValue()) + " and higher" : "higher than " + signed(lower.getValue());
		}
		if (lower.isInclusive() && upper.isInclusive()) {
			// the publication reads its negative bands from the value nearer zero
			return lower.getValue() < 0 && upper.getValue() <= 0
					? "from " + signed(upper.getValue()) + " to " + signed(lower.getValue())
					: "from " + signed(lower.getValue()) + " to " + signed(upper.getValue());
		}
		return (lower.isInclusive() ? "from " : "above ") + signed(lower.getValue())
				+ (upper.isInclusive() ? " to " : " below ") + signed(upper.getValue());
	}

	/** A band's name for messages; a band read from a broken line may have none. */
	public static String nameOf(Band band) {
		return band == null || band.getName() == null ? "a band without a name" : band.getName();
	}

	/** Scores and bounds are always printed with their sign: +14, -4, 0. */
	public static String signed(int value) {
		return value > 0 ? "+" + value : Integer.toString(value);
	}
}
