package org.barometer.lang.ide.edits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A replacement of {@code length} characters at {@code offset} by {@code text}: what quick
 * fixes and the formatter hand to the editor, which applies them to its document. Kept free
 * of JFace and LSP types so that any editor (or a test) can apply it.
 */
public record TextEdit(int offset, int length, String text) {

	public TextEdit {
		if (offset < 0 || length < 0) {
			throw new IllegalArgumentException("offset and length must not be negative: " + offset + ", " + length);
		}
		Objects.requireNonNull(text, "text");
	}

	public int endOffset() {
		return offset + length;
	}

	/**
	 * The text with all edits applied. The edits refer to the original text and must not
	 * overlap; they are applied from the end so that earlier offsets stay valid.
	 */
	public static String applyAll(String text, List<TextEdit> edits) {
		List<TextEdit> fromTheEnd = new ArrayList<>(edits);
		fromTheEnd.sort(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::length).reversed());
		StringBuilder result = new StringBuilder(text);
		int limit = text.length();
		for (TextEdit edit : fromTheEnd) {
			if (edit.endOffset() > limit) {
				throw new IllegalArgumentException(edit + (limit == text.length() ? " ends beyond the text" : " overlaps another edit"));
			}
			result.replace(edit.offset(), edit.endOffset(), edit.text());
			limit = edit.offset();
		}
		return result.toString();
	}
}
