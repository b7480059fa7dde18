package org.barometer.model.text;

/**
 * Where the markup is in the text as written, for an editor to show it: offsets into the
 * string given to {@link NarrativeMarkup#spans(String)}.
 */
public record MarkupSpan(int offset, int length, Kind kind) {

	public enum Kind {
		/** Text printed bold. */
		BOLD,
		/** Text printed italic. */
		ITALIC,
		/** Text printed bold and italic. */
		BOLD_ITALIC,
		/** The stars around emphasised text, which are not printed. */
		EMPHASIS_MARKER,
		/** "- ", "• " or "1. " starting a list item. */
		LIST_MARKER
	}

	public int end() {
		return offset + length;
	}
}
