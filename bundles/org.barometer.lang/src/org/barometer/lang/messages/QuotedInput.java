package org.barometer.lang.messages;

/**
 * The one way a message quotes what the user wrote: in single quotes, on one line, with
 * control characters shown as escapes and long text shortened. A message is printed to a
 * terminal and shown in a one-line Problems view: a line break would split it, and an escape
 * sequence (ESC[2J, ESC]0;…BEL) would clear the user's screen or retitle the window.
 */
public final class QuotedInput {

	/** Longer quotes keep their start and their end, joined by an ellipsis. */
	static final int LONGEST = 60;
	private static final int KEPT_AT_END = 15;
	private static final String ELLIPSIS = " … ";

	private QuotedInput() {
	}

	/** {@code text} in single quotes, made safe for one line. */
	public static String of(String text) {
		return "'" + shown(text) + "'";
	}

	/** {@code text} made safe for one line, without quotes. */
	public static String shown(String text) {
		if (text == null) {
			return "";
		}
		return escaped(shortened(text.strip().replaceAll("[\\s\\u0085\\u2028\\u2029]+", " ")));
	}

	/** A whole message made safe for one line, at its full length: for messages whose wording is not ours. */
	public static String asOneLine(String message) {
		return message == null ? "" : escaped(message.strip().replaceAll("[\\s\\u0085\\u2028\\u2029]+", " "));
	}

	private static String shortened(String text) {
		int length = text.codePointCount(0, text.length());
		if (length <= LONGEST) {
			return text;
		}
		int head = LONGEST - KEPT_AT_END - ELLIPSIS.length();
		// by code points, so that no surrogate pair (an emoji) is cut in half
		String start = text.substring(0, text.offsetByCodePoints(0, head));
		String end = text.substring(text.offsetByCodePoints(0, length - KEPT_AT_END));
		// whole words where a word ends near the cut
		int lastSpace = start.lastIndexOf(' ');
		if (lastSpace > start.length() - KEPT_AT_END) {
			start = start.substring(0, lastSpace);
		}
		int firstSpace = end.indexOf(' ');
		if (firstSpace >= 0 && firstSpace < KEPT_AT_END / 2) {
			end = end.substring(firstSpace + 1);
		}
		return start.stripTrailing() + ELLIPSIS + end.stripLeading();
	}

	private static String escaped(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (isUnsafe(c)) {
				out.append(String.format("\\u%04X", c));
			} else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	/** Control characters, and the invisible ones that reorder or break what a terminal shows. */
	private static boolean isUnsafe(int c) {
		return Character.isISOControl(c) || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
				|| c == 0x2028 || c == 0x2029 || c == 0x200E || c == 0x200F || c == 0x061C;
	}
}
