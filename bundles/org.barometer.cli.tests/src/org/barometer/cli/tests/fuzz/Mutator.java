package org.barometer.cli.tests.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Mutates a Barometer file the way a robustness pass does: spans deleted, duplicated or moved,
 * tokens of the language and hostile ones (huge numbers, control characters, a byte order mark,
 * unbalanced quotes, characters outside the basic plane) inserted or swapped in. Seeded, so
 * that any finding can be replayed from its seed.
 */
final class Mutator {

	private static final List<String> TOKENS = List.of("issue", "of", "period", "relationship", "security", "events", "stated",
			"aggregate", "positive", "negative", "total", "national", "regional", "colour", "band", "from", "to", "above", "below",
			"scale", "profile", "scores", "relationships", "trends", "forecast", "developments", "table", "columns", "row",
			"authors", "letter", "editor", "by", "source", "{", "}", ".", "-", "–", "+", "\"", "\"\"\"", "\n", " ",
			"0", "+1", "-1", "+4", "-18", "1", "31", "32", "2147483647", "+2147483647", "-2147483648", "2147483648",
			"99999999999999999999", "1000000000", "9999", "0000", "November", "December", "February", "29 February",
			"31 September", "Early", "Mid", "Late", "November-December", "28 October - 8 November", "#FFFFFF", "#FFF", "#",
			"Russia", "EU", "White", "Red", "\u001B[2J", "\u001B]0;title\u0007", "\u0000", "\r", "\t", "\uFEFF", "\uD83C\uDDE7\uD83C\uDDFE",
			"\uD800", "'", "Russia'", "[]:*?/\\", "History", "//", "/*", "*/", "\"\"\"\n", "\\", "\\u001B");

	private final Random random;

	Mutator(long seed) {
		this.random = new Random(seed);
	}

	String mutate(String text) {
		String result = text;
		int steps = 1 + random.nextInt(3);
		for (int i = 0; i < steps; i++) {
			result = step(result);
		}
		return result;
	}

	private String step(String text) {
		if (text.isEmpty()) {
			return token();
		}
		int at = random.nextInt(text.length() + 1);
		int length = Math.min(text.length() - Math.min(at, text.length()), 1 + random.nextInt(random.nextBoolean() ? 8 : 200));
		return switch (random.nextInt(8)) {
			case 0 -> text.substring(0, at) + text.substring(at + length); // delete a span
			case 1 -> text.substring(0, at + length) + text.substring(at, at + length) + text.substring(at + length); // duplicate it
			case 2, 3 -> text.substring(0, at) + token() + text.substring(at); // insert a token
			case 4 -> text.substring(0, at) + token() + text.substring(at + Math.min(length, 4)); // replace a few characters
			case 5 -> replaceNumber(text);
			case 6 -> moveLine(text);
			default -> text.substring(0, at); // truncate
		};
	}

	private String token() {
		return TOKENS.get(random.nextInt(TOKENS.size()));
	}

	/** A number of the text replaced by an extreme one. */
	private String replaceNumber(String text) {
		java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("[+-]?\\d+").matcher(text);
		int count = 0;
		while (numbers.find()) {
			count++;
		}
		if (count == 0) {
			return text;
		}
		int pick = random.nextInt(count);
		numbers.reset();
		for (int i = 0; i <= pick; i++) {
			numbers.find();
		}
		String[] extremes = { "2147483647", "+2147483647", "-2147483648", "2147483648", "1000000000", "0", "+999999", "-0", "00" };
		return text.substring(0, numbers.start()) + extremes[random.nextInt(extremes.length)] + text.substring(numbers.end());
	}

	private String moveLine(String text) {
		String[] lines = text.split("\n", -1);
		if (lines.length < 2) {
			return text;
		}
		int from = random.nextInt(lines.length);
		int to = random.nextInt(lines.length);
		String moved = lines[from];
		lines[from] = lines[to];
		lines[to] = moved;
		return String.join("\n", lines);
	}
}
