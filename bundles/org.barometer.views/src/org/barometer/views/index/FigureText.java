package org.barometer.views.index;

import org.barometer.views.model.Signed;
import org.barometer.views.model.StatedDifference;

/** "+16", or "+16 ≠ +15" when the issue prints another figure of the same kind (+15) than the catalogue gives. */
final class FigureText {

	private FigureText() {
	}

	/** The computed figure, and the stated one beside it when that one (of the same kind) differs. */
	static String of(int computed, StatedDifference stated) {
		return stated == null ? Signed.of(computed) : Signed.of(stated.computed()) + " \u2260 " + Signed.of(stated.stated());
	}
}
