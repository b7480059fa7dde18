package org.barometer.importer.text;

import java.util.List;

/**
 * Joins the lines a layout wrapped back into one text: one space where the line broke, no
 * space and no hyphen where a word was hyphenated across the break ("ammuni-" + "tion"), the
 * hyphen kept where a compound or a range broke after it ("November-" + "December",
 * "Belarus-" + "EU"). A hyphen between two lower-case letters is read as the layout's; a real
 * compound broken there ("long-" + "term") loses its hyphen, a limit the import documents.
 */
public final class WrappedText {

	private WrappedText() {
	}

	public static String join(List<String> lines) {
		StringBuilder out = new StringBuilder();
		for (String raw : lines) {
			append(out, raw.strip());
		}
		return out.toString();
	}

	/** Appends one wrapped line to the text so far. */
	public static void append(StringBuilder out, String line) {
		if (line.isEmpty()) {
			return;
		}
		if (out.isEmpty()) {
			out.append(line);
			return;
		}
		int last = out.length() - 1;
		char end = out.charAt(last);
		if (end == '-' && last > 0 && Character.isLetter(out.charAt(last - 1))) {
			if (Character.isLowerCase(out.charAt(last - 1)) && Character.isLowerCase(line.charAt(0))) {
				out.setLength(last); // a word hyphenated by the layout
			}
			out.append(line);
			return;
		}
		out.append(' ').append(line);
	}

	/** Whether a text ends where a sentence or a clause may end, so that what follows need not continue it. */
	public static boolean endsComplete(String text) {
		// a closing quote or bracket ends nothing by itself, nor the star closing an italic quote: what stands before it does
		String t = text.stripTrailing().replaceAll("[\"”’)»\\]*]+$", "");
		if (t.isEmpty()) {
			return true;
		}
		return ".!?:;…".indexOf(t.charAt(t.length() - 1)) >= 0;
	}

	public static boolean startsLowerCase(String text) {
		String t = text.stripLeading();
		return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
	}

	public static boolean startsUpperCaseOrDigit(String text) {
		String t = text.stripLeading();
		return !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)));
	}
}
