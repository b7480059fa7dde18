package org.barometer.export.xlsx.internal;

import java.text.BreakIterator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts, made from any title: at most 31 characters, none of []:*?/\,
 * no apostrophe at either end, no control character (XML cannot hold most of them), never
 * the reserved "History", never a character pair split at the cut; unique in their workbook
 * (Excel compares them ignoring case). And their quoted references.
 */
public final class SheetNames {

	static final int MAX_LENGTH = 31;

	private final Set<String> used = new HashSet<>();

	public String unique(String wanted) {
		String base = valid(wanted);
		String name = base;
		for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
			String suffix = " (" + n + ")";
			name = trimEnds(truncate(base, MAX_LENGTH - suffix.length())) + suffix;
		}
		return name;
	}

	/** The title as a valid sheet name (not yet unique). */
	static String valid(String wanted) {
		StringBuilder kept = new StringBuilder();
		(wanted == null ? "" : wanted).codePoints().forEach(c -> {
			if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE || c == 0xFFFE || c == 0xFFFF) {
				kept.append(' ');
			} else if ("[]:*?/\\".indexOf(c) >= 0) {
				kept.append('-');
			} else {
				kept.appendCodePoint(c);
			}
		});
		String base = trimEnds(truncate(trimEnds(kept.toString()), MAX_LENGTH));
		if (base.isEmpty()) {
			return "Sheet";
		}
		return base.equalsIgnoreCase("History") ? base + " -" : base;
	}

	/** {@code 'U.S.'!$C$12}: always quoted, so that any name works in a formula. */
	public static String reference(String sheet, String cell) {
		return "'" + sheet.replace("'", "''") + "'!" + cell;
	}

	/** Spaces and apostrophes off both ends: Excel refuses a name that starts or ends with an apostrophe. */
	private static String trimEnds(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && (text.charAt(start) == '\'' || Character.isWhitespace(text.charAt(start)))) {
			start++;
		}
		while (end > start && (text.charAt(end - 1) == '\'' || Character.isWhitespace(text.charAt(end - 1)))) {
			end--;
		}
		return text.substring(start, end);
	}

	/** At most {@code length} UTF-16 units, cut between whole characters as a reader sees them (never inside a surrogate pair or a flag). */
	private static String truncate(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
		characters.setText(text);
		int cut = characters.preceding(length + 1);
		return text.substring(0, cut == BreakIterator.DONE ? 0 : cut);
	}
}
