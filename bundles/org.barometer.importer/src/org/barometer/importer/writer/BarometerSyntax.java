package org.barometer.importer.writer;

import java.util.Set;

/**
 * What the writer must know of the language's syntax to write any value safely: how a
 * string is escaped, when prose fits a """block""", how a score is signed and which names
 * need the ^ escape because they are keywords. It lives with the writer, in the importer,
 * rather than in org.barometer.lang: the writer builds text, not a parse, so it needs no
 * Xtext service, and a test (BarometerTextWriterTest) parses everything it writes back with
 * the language, which keeps the two in step.
 */
final class BarometerSyntax {

	private static final String FENCE = "\"\"\"";
	/** The grammar's keywords that a capitalised name could collide with, and its lower-case ones. */
	static final Set<String> KEYWORDS = Set.of("January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December", "Early", "Mid", "Late", "profile", "title", "publisher", "scores",
			"from", "to", "relationships", "axes", "national", "regional", "scale", "band", "above", "below", "colour", "issue",
			"of", "period", "imported", "by", "editor", "letter", "relationship", "stated", "trends", "developments", "forecast",
			"events", "security", "table", "columns", "row", "source", "printed", "authors", "affiliation", "interests",
			"aggregate", "positive", "negative", "total", "short", "role");

	private BarometerSyntax() {
	}

	/** A name as the language's ID: escaped with ^ when it is a keyword. */
	static String name(String name) {
		return KEYWORDS.contains(name) ? "^" + name : name;
	}

	static String string(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x7F) {
						out.append(String.format("\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/**
	 * Prose as a """block""" when the block gives it back unchanged (the language strips a
	 * block's common indentation, its lines' trailing spaces and its ends), else as a string.
	 */
	static String narrative(String value, String indent) {
		if (!fitsBlock(value)) {
			return string(value);
		}
		if (value.indexOf('\n') < 0 && !value.endsWith("\"")) {
			return FENCE + value + FENCE;
		}
		StringBuilder out = new StringBuilder(FENCE).append('\n');
		for (String line : value.split("\n", -1)) {
			out.append(line.isEmpty() ? "" : indent + "  " + line).append('\n');
		}
		return out.append(indent).append("  ").append(FENCE).toString();
	}

	private static boolean fitsBlock(String value) {
		if (value.isEmpty() || value.contains(FENCE) || !value.equals(value.strip()) || value.indexOf('\r') >= 0) {
			return false;
		}
		for (String line : value.split("\n", -1)) {
			if (!line.equals(line.strip()) || line.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == '\t')) {
				return false;
			}
		}
		return true;
	}

	/** Scores and figures carry their sign: +14, -4, 0. */
	static String score(int value) {
		return value > 0 ? "+" + value : Integer.toString(value);
	}

	/** A score beyond those a row takes must be signed, zero too. */
	static String extraScore(int value) {
		return value >= 0 ? "+" + value : Integer.toString(value);
	}
}
