package org.barometer.lang.fuzz;

/**
 * One change to a text, as a mutation engine makes them: where (a fraction of the text's
 * length, so that an edit stays meaningful while jqwik shrinks the text around it), what kind,
 * and with which token. Small and printable, so that a shrunk failure reads as its cause.
 */
record Edit(Kind kind, double where, double span, String token) {

	enum Kind {
		DELETE, DUPLICATE, INSERT, REPLACE_CHARACTER, SWAP_LINES, TRUNCATE
	}

	String applyTo(String text) {
		if (text.isEmpty()) {
			return kind == Kind.INSERT ? token : text;
		}
		int at = (int) (where * text.length());
		int length = 1 + (int) (span * Math.min(80, text.length() - at));
		int end = Math.min(text.length(), at + length);
		return switch (kind) {
		case DELETE -> text.substring(0, at) + text.substring(end);
		case DUPLICATE -> text.substring(0, end) + text.substring(at, end) + text.substring(end);
		case INSERT -> text.substring(0, at) + token + text.substring(at);
		case REPLACE_CHARACTER -> text.substring(0, at) + token + text.substring(Math.min(text.length(), at + 1));
		case SWAP_LINES -> swapLines(text, at);
		case TRUNCATE -> text.substring(0, at);
		};
	}

	/** The line at {@code at} and the one after it change places. */
	private static String swapLines(String text, int at) {
		int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
		int end = text.indexOf('\n', at);
		if (end < 0 || end + 1 >= text.length()) {
			return text;
		}
		int nextEnd = text.indexOf('\n', end + 1);
		if (nextEnd < 0) {
			nextEnd = text.length();
		}
		return text.substring(0, start) + text.substring(end + 1, nextEnd) + "\n" + text.substring(start, end) + text.substring(nextEnd);
	}
}
