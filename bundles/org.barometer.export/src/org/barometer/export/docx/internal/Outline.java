package org.barometer.export.docx.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** The headings a table of contents lists, in document order, as they are written. */
public final class Outline {

	/** A heading the contents list: its text and its level (1: a section, 2: an appendix title). */
	public record Entry(String text, int level) {
	}

	private final List<Entry> entries = new ArrayList<>();
	private boolean listing;

	/** From now on the headings are listed (those before the contents are not). */
	public void startListing() {
		listing = true;
	}

	public List<Entry> entries() {
		return List.copyOf(entries);
	}

	/** A heading paragraph in its style; listed at {@code level} once listing has started. */
	public XWPFParagraph heading(XWPFDocument document, String style, int level, String text) {
		if (listing) {
			entries.add(new Entry(text, level));
		}
		return Paragraphs.append(document, style, text);
	}
}
