package org.barometer.export.docx.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Styled paragraphs at the end of a document; narrative split into its paragraphs. */
public final class Paragraphs {

	/** A bullet and a no-break space: a bullet point's marker stays with its first word. */
	private static final String BULLET = "\u2022\u00a0";

	private Paragraphs() {
	}

	public static XWPFParagraph append(XWPFDocument document, String style, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(style);
		if (text != null && !text.isEmpty()) {
			paragraph.createRun().setText(text);
		}
		return paragraph;
	}

	/**
	 * The paragraphs of a narrative: separated by blank lines; the single line breaks of a
	 * hard-wrapped text block are only wrapping and become spaces, except before a line that
	 * starts with "- ": that is a bullet point, a paragraph of its own, printed with a bullet.
	 */
	public static List<String> split(String narrative) {
		List<String> paragraphs = new ArrayList<>();
		if (narrative == null) {
			return paragraphs;
		}
		for (String block : narrative.strip().split("\\n\\s*\\n")) {
			for (String item : block.strip().split("\\n(?=\\s*- )")) {
				String joined = item.strip().replaceAll("\\s*\\n\\s*", " ");
				if (joined.startsWith("- ")) {
					joined = BULLET + joined.substring(2).strip();
				}
				if (!joined.isEmpty()) {
					paragraphs.add(joined);
				}
			}
		}
		return paragraphs;
	}
}
