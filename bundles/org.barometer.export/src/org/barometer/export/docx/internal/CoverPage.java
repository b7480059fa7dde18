package org.barometer.export.docx.internal;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.barometer.export.docx.StyleIds;

/**
 * A cover without page number or running header: the first page of the first section gets a
 * header and footer of its own, both empty ("different first page"). Only the first section
 * keeps that setting (see {@link PageSections}); a template's own first-page parts are kept.
 */
public final class CoverPage {

	private CoverPage() {
	}

	public static void blankFirstPage(XWPFDocument document) {
		XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
		if (policy == null || policy.getFirstPageHeader() == null) {
			document.createHeader(HeaderFooterType.FIRST).createParagraph().setStyle(StyleIds.HEADER);
		}
		if (policy == null || policy.getFirstPageFooter() == null) {
			document.createFooter(HeaderFooterType.FIRST).createParagraph().setStyle(StyleIds.FOOTER);
		}
		// createHeader(FIRST) sets titlePg, as Word's "Different First Page"; set it again for a template's own parts
		var section = document.getDocument().getBody().getSectPr();
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}
	}
}
