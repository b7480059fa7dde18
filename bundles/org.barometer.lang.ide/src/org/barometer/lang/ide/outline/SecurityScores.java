package org.barometer.lang.ide.outline;

import org.barometer.model.SecurityEvent;
import org.barometer.model.scale.BandRangeText;

/**
 * A security row's two scores named by their axes, "national 0 · regional -1": a bare pair
 * such as "0 -1" does not say which score is which. A score not given yet shows as "?".
 */
public final class SecurityScores {

	private SecurityScores() {
	}

	public static String inWords(SecurityEvent event) {
		return "national " + (event.isSetNational() ? BandRangeText.signed(event.getNational()) : "?") + " · regional "
				+ (event.isSetRegional() ? BandRangeText.signed(event.getRegional()) : "?");
	}
}
