package org.barometer.workspace.consistency;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An event description reduced to the words that say what happened: lower case, accents and
 * typographic quotes dropped, no function words, no bare numbers ("15 exercises of Russia" and
 * "11 exercises of Russia" are the same kind of event), plurals folded onto the singular.
 */
public final class DescriptionTokens {

	private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and",
			"or", "with", "by", "from", "about", "as", "its", "his", "her", "their", "is", "are", "was", "were", "be", "has",
			"have", "that", "this", "which", "into", "within", "between", "s");

	// compiled once: an archive's catalogue is tokenised event by event
	private static final Pattern MARKS = Pattern.compile("\\p{M}");
	private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private DescriptionTokens() {
	}

	public static Set<String> of(String description) {
		Set<String> tokens = new TreeSet<>();
		if (description == null) {
			return tokens;
		}
		if (isAscii(description)) {
			asciiWords(description.toLowerCase(Locale.ROOT), tokens);
			return tokens;
		}
		String plain = MARKS.matcher(Normalizer.normalize(description, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
		for (String word : BETWEEN_WORDS.split(plain)) {
			add(word, tokens);
		}
		return tokens;
	}

	/**
	 * The words of a plain ASCII description, as the general way finds them (ASCII has no accents,
	 * and its letters and digits are its only letters and numbers), without its regular
	 * expressions: an archive's catalogue is tokenised at every build.
	 */
	private static void asciiWords(String lowerCase, Set<String> tokens) {
		int start = -1;
		for (int i = 0; i <= lowerCase.length(); i++) {
			char c = i < lowerCase.length() ? lowerCase.charAt(i) : ' ';
			boolean inWord = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
			if (inWord && start < 0) {
				start = i;
			} else if (!inWord && start >= 0) {
				add(lowerCase.substring(start, i), tokens);
				start = -1;
			}
		}
	}

	private static void add(String word, Set<String> tokens) {
		if (word.isEmpty() || FUNCTION_WORDS.contains(word) || isNumber(word)) {
			return;
		}
		tokens.add(singular(word));
	}

	private static boolean isNumber(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isDigit(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/** A light fold of English plurals: enough to match "conversations" with "conversation". */
	private static String singular(String word) {
		if (word.length() > 4 && word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}
}
