package org.barometer.importer.docx;

import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * A run's text on one line: tabs and line breaks inside a paragraph become spaces (a tab is
 * the source's cell separator, and a paragraph is one line); page breaks are counted apart.
 */
final class RunText {

	private RunText() {
	}

	static String of(XWPFRun run) {
		String text = run.text();
		return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}

	static boolean breaksPage(XWPFRun run) {
		for (CTBr br : run.getCTR().getBrList()) {
			if (br.isSetType() && br.getType() == STBrType.PAGE) {
				return true;
			}
		}
		return false;
	}
}
