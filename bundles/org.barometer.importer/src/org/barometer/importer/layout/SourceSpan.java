package org.barometer.importer.layout;

import org.barometer.importer.source.SourceLine;

/** The lines a row, a figure or a paragraph was printed on. */
public record SourceSpan(SourceLine first, SourceLine last) {

	public static SourceSpan of(SourceLine line) {
		return new SourceSpan(line, line);
	}

	/** As the language's printed clause keeps it: "l. 1311–1313", or "p. 27, l. 1311–1313" when the source has pages. */
	public String printed() {
		StringBuilder out = new StringBuilder();
		if (first.page() > 0) {
			out.append(first.page() == last.page() ? "p. " + first.page() : "pp. " + first.page() + "\u2013" + last.page()).append(", ");
		}
		out.append("l. ").append(first.line());
		if (last.line() != first.line()) {
			out.append('\u2013').append(last.line());
		}
		return out.toString();
	}
}
