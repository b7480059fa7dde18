package org.barometer.export.docx.internal;

import java.util.regex.Pattern;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.barometer.export.docx.StyleIds;

/**
 * A footer with the page number as a PAGE field (computed by Word and LibreOffice when they
 * lay the document out). A template that brings its own footer keeps it; if that footer has
 * no page number, the field is added to it, as a paragraph of its own under the template's
 * text (a house template must not silently lose the numbering).
 */
public final class PageNumberFooter {

	private PageNumberFooter() {
	}

	public static void addTo(XWPFDocument document) {
		XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
		XWPFFooter own = policy == null ? null : policy.getDefaultFooter();
		if (own != null && hasPageNumber(own)) {
			return;
		}
		XWPFFooter footer = own != null ? own : document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = own != null || footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
		paragraph.setStyle(StyleIds.FOOTER);
		ComplexField.append(paragraph.getCTP(), ComplexField.PAGE, "1");
	}

	/** Whether the footer shows a page number: a PAGE field, simple or complex. */
	public static boolean hasPageNumber(XWPFFooter footer) {
		String xml = footer._getHdrFtr().xmlText();
		return PAGE_FIELD.matcher(xml).find();
	}

	/** PAGE as a field instruction (not NUMPAGES): in a w:instrText or a w:fldSimple's instruction. */
	private static final Pattern PAGE_FIELD = Pattern.compile("(instrText[^>]*>\\s*PAGE\\b|instr=\"\\s*PAGE\\b)");
}
