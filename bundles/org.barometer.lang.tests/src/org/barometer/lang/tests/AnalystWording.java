package org.barometer.lang.tests;

import java.util.List;
import java.util.Locale;

/** What a message shown to an analyst must never contain: the parser's wording, a line break, a control character. */
final class AnalystWording {

	private static final List<String> PARSER_WORDS = List.of("no viable alternative", "mismatched", "extraneous input",
			"missing '", "' at '", "expecting", "rule_", "eof", "required (", "loop did not match", "couldn't", "token",
			"is not a day of");

	private AnalystWording() {
	}

	/** What is wrong with {@code message}, or null when an analyst can read it as it is. */
	static String problem(String message) {
		if (message == null || message.isBlank()) {
			return "an empty message";
		}
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
				return "a control character or a line break (U+" + String.format("%04X", (int) c) + ")";
			}
		}
		String lower = message.toLowerCase(Locale.ROOT);
		for (String word : PARSER_WORDS) {
			if (lower.contains(word)) {
				return "the parser's wording '" + word + "'";
			}
		}
		return null;
	}
}
