package org.barometer.export.docx.internal;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.barometer.export.docx.StyleIds;

/** The running header on every page but the cover: publication, issue number, period. A template's own header is kept. */
public final class RunningHeader {

	private RunningHeader() {
	}

	public static void addTo(XWPFDocument document, String text) {
		XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
		if (policy != null && policy.getDefaultHeader() != null) {
			return;
		}
		XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
		paragraph.setStyle(StyleIds.HEADER);
		paragraph.createRun().setText(text);
	}
}
