package org.barometer.export.docx.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Styled paragraphs at the end of a document; narrative split into its paragraphs. */
public final class Paragraphs {

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
	 * hard-wrapped text block are only wrapping and become spaces.
	 */
	public static List<String> split(String narrative) {
		List<String> paragraphs = new ArrayList<>();
		if (narrative == null) {
			return paragraphs;
		}
		for (String block : narrative.strip().split("\\n\\s*\\n")) {
			String joined = block.strip().replaceAll("\\s*\\n\\s*", " ");
			if (!joined.isEmpty()) {
				paragraphs.add(joined);
			}
		}
		return paragraphs;
	}
}
