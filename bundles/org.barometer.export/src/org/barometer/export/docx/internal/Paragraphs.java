package org.barometer.export.docx.internal;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Styled paragraphs at the end of a document (narrative text: {@link NarrativeParagraphs}). */
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
}
