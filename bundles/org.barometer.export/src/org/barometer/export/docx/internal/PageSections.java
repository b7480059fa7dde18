package org.barometer.export.docx.internal;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Portrait and landscape sections of one document. In WordprocessingML a section's page
 * setup is stored at its end: in the last paragraph of every section but the last, and in
 * the body for the last one. Switching orientation therefore closes the current section with
 * a paragraph carrying its setup. Both setups are copies of the template's, footer references
 * included, and neither restarts page numbering, so numbers run on across the sections. A
 * different first page (a cover, see {@link CoverPage}) is the first section's alone.
 */
public final class PageSections {

	private final XWPFDocument document;
	private final CTSectPr portrait;
	private final CTSectPr landscape;
	private boolean inLandscape;
	private boolean first = true;

	/** Call once the footers exist: their references are copied into every section. */
	public PageSections(XWPFDocument document, boolean startInLandscape) {
		this.document = document;
		CTBody body = document.getDocument().getBody();
		CTSectPr template = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
		this.portrait = (CTSectPr) template.copy();
		this.landscape = PageGeometry.landscape(template);
		this.inLandscape = startInLandscape;
	}

	/** Text width of the current section, in twips. */
	public int textWidth() {
		return PageGeometry.textWidth(current());
	}

	public boolean inLandscape() {
		return inLandscape;
	}

	/** Starts a new section (on a new page) in the given orientation, unless already in it. */
	public void switchTo(boolean toLandscape) {
		if (toLandscape == inLandscape) {
			return;
		}
		XWPFParagraph end = document.createParagraph();
		end.getCTP().addNewPPr().setSectPr(closing());
		inLandscape = toLandscape;
	}

	/** Gives the last section its page setup; call when the document is complete. */
	public void finish() {
		document.getDocument().getBody().setSectPr(closing());
	}

	/** The setup of the section being closed; only the first keeps a different first page. */
	private CTSectPr closing() {
		CTSectPr setup = (CTSectPr) current().copy();
		if (!first && setup.isSetTitlePg()) {
			setup.unsetTitlePg();
		}
		first = false;
		return setup;
	}

	private CTSectPr current() {
		return inLandscape ? landscape : portrait;
	}
}
