package org.barometer.export.docx.internal;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.barometer.export.docx.StyleIds;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * A footer with the page number as a PAGE field (computed by Word and LibreOffice when they
 * lay the document out). A template that brings its own footer keeps it.
 */
public final class PageNumberFooter {

	private PageNumberFooter() {
	}

	public static void addTo(XWPFDocument document) {
		XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
		if (policy != null && policy.getDefaultFooter() != null) {
			return;
		}
		XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
		paragraph.setStyle(StyleIds.FOOTER);
		// a complex field: begin, instruction, separate, the value shown until it is updated, end
		run(paragraph).addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		CTText instruction = run(paragraph).addNewInstrText();
		instruction.setStringValue(" PAGE ");
		instruction.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
		run(paragraph).addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		run(paragraph).addNewT().setStringValue("1");
		run(paragraph).addNewFldChar().setFldCharType(STFldCharType.END);
	}

	private static CTR run(XWPFParagraph paragraph) {
		return paragraph.getCTP().addNewR();
	}
}
