package org.barometer.importer.source;

/**
 * One line of a published issue as a reader found it: its page (1-based, 0 when the source
 * has no pages), its line number in the source (1-based) and its text. A table row's cells
 * are separated by tab characters, as in text extracted from the publication's PDFs.
 */
public record SourceLine(int page, int line, String text) {

	public SourceLine {
		if (text == null) {
			throw new IllegalArgumentException("a source line has text, if only an empty one");
		}
	}

	public boolean isBlank() {
		return text.isBlank();
	}
}
