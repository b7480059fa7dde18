package org.barometer.export.tests;

import org.barometer.model.Band;
import org.barometer.model.ColourScale;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;
import org.barometer.model.SecuritySection;

/**
 * What the exports should print, worked out here from the parsed rows alone, without the
 * model's index code or the exporters' formatting: a test that reused them could not fail
 * when they are wrong.
 */
final class Expected {

	/** Text width of the bundled template's A4 page with 2 cm margins, in twips. */
	static final int PORTRAIT_TEXT_WIDTH = 11906 - 2 * 1134;
	static final int LANDSCAPE_TEXT_WIDTH = 16838 - 2 * 1134;

	private Expected() {
	}

	static String signed(long value) {
		return value > 0 ? "+" + value : value == 0 ? "0" : "-" + (-value);
	}

	static int total(RelationshipSection section) {
		int sum = 0;
		for (RelationshipEvent event : section.getEvents()) {
			sum += event.getScore();
		}
		return sum;
	}

	static int positive(RelationshipSection section) {
		int sum = 0;
		for (RelationshipEvent event : section.getEvents()) {
			if (event.getScore() > 0) {
				sum += event.getScore();
			}
		}
		return sum;
	}

	static int negative(RelationshipSection section) {
		return total(section) - positive(section);
	}

	static int national(SecuritySection security) {
		int sum = 0;
		for (SecurityEvent event : security.getEvents()) {
			sum += event.getNational();
		}
		return sum;
	}

	static int regional(SecuritySection security) {
		int sum = 0;
		for (SecurityEvent event : security.getEvents()) {
			sum += event.getRegional();
		}
		return sum;
	}

	/** The one band whose bounds hold the value, by reading the bounds here; null for none or several. */
	static Band band(ColourScale scale, int value) {
		Band found = null;
		int count = 0;
		for (Band band : scale.getBands()) {
			boolean aboveLower = band.getLower() == null
					|| (band.getLower().isInclusive() ? value >= band.getLower().getValue() : value > band.getLower().getValue());
			boolean belowUpper = band.getUpper() == null
					|| (band.getUpper().isInclusive() ? value <= band.getUpper().getValue() : value < band.getUpper().getValue());
			if (aboveLower && belowUpper) {
				found = band;
				count++;
			}
		}
		return count == 1 ? found : null;
	}

	static String colourName(ColourScale scale, int value) {
		Band band = band(scale, value);
		return band == null ? "no colour band" : band.getName();
	}

	/** "-8 (Yellow)". */
	static String regionalTotal(SecuritySection security, ColourScale scale) {
		int regional = regional(security);
		return signed(regional) + " (" + colourName(scale, regional) + ")";
	}

	static String date(org.barometer.model.Event event) {
		return event.getDate() == null ? "-" : event.getDate().getText();
	}
}
