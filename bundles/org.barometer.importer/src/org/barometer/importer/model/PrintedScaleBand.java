package org.barometer.importer.model;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.model.Band;
import org.barometer.model.BarometerFactory;
import org.barometer.model.Bound;

/**
 * A band of the published colour scale made explicit: its range in words read as bounds
 * exactly as printed ("higher than -1" is above -1, "from -2 to -6" includes both ends,
 * "-18 and lower" is up to -18), so the hole the published scale leaves stays for the
 * validator to report. Colour names get the colours the publication prints.
 */
final class PrintedScaleBand {

	private static final Map<String, String> COLOURS = Map.of("white", "#FFFFFF", "green", "#00B050", "yellow", "#FFFF00",
			"orange", "#FFC000", "red", "#FF0000", "blue", "#0070C0", "grey", "#808080", "gray", "#808080", "black", "#000000");
	/** A colour the scale names but no table above knows: grey, so the team notices and sets it. */
	static final String UNKNOWN_COLOUR = "#808080";

	private static final String N = "([+\\-\u2013]?\\d+)";
	private static final Pattern HIGHER_THAN = Pattern.compile("(?:higher than|above) " + N);
	private static final Pattern LOWER_THAN = Pattern.compile("(?:lower than|below) " + N);
	private static final Pattern FROM_TO = Pattern.compile("from " + N + " to " + N);
	private static final Pattern AND_LOWER = Pattern.compile(N + " and (?:lower|below|less)");
	private static final Pattern AND_HIGHER = Pattern.compile(N + " and (?:higher|above|more)");

	private PrintedScaleBand() {
	}

	static boolean knowsColour(String name) {
		return COLOURS.containsKey(name.toLowerCase(Locale.ROOT));
	}

	static Band band(String colourName, String range, String interpretation) {
		Band band = BarometerFactory.eINSTANCE.createBand();
		band.setName(RelationshipNames.name(colourName));
		band.setColour(COLOURS.getOrDefault(colourName.toLowerCase(Locale.ROOT), UNKNOWN_COLOUR));
		band.setInterpretation(interpretation == null || interpretation.isBlank() ? null : interpretation);
		Matcher m;
		if ((m = HIGHER_THAN.matcher(range)).matches()) {
			band.setLower(bound(m.group(1), false));
		} else if ((m = LOWER_THAN.matcher(range)).matches()) {
			band.setUpper(bound(m.group(1), false));
		} else if ((m = FROM_TO.matcher(range)).matches()) {
			int a = value(m.group(1));
			int b = value(m.group(2));
			band.setLower(bound(Math.min(a, b), true));
			band.setUpper(bound(Math.max(a, b), true));
		} else if ((m = AND_LOWER.matcher(range)).matches()) {
			band.setUpper(bound(m.group(1), true));
		} else if ((m = AND_HIGHER.matcher(range)).matches()) {
			band.setLower(bound(m.group(1), true));
		}
		return band;
	}

	private static Bound bound(String text, boolean inclusive) {
		return bound(value(text), inclusive);
	}

	private static Bound bound(int value, boolean inclusive) {
		Bound bound = BarometerFactory.eINSTANCE.createBound();
		bound.setValue(value);
		bound.setInclusive(inclusive);
		return bound;
	}

	private static int value(String text) {
		return Integer.parseInt(text.replace('\u2013', '-').replace("+", ""));
	}
}
