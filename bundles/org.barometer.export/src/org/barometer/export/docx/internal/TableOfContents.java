package org.barometer.export.docx.internal;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.barometer.export.docx.StyleIds;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * A table of contents as Word writes one: a TOC field over the section headings (level 1) and
 * the appendix titles (level 2), which Word rebuilds, page numbers included, when it updates
 * fields (the document asks it to on opening). The field's shown result is filled here with
 * the same entries, so a reader that does not rebuild it (LibreOffice converting to PDF) still
 * lists the sections. Without page numbers: only a layout knows them, and LibreOffice prints a
 * field result as it finds it, so a number written here would be a guess printed as fact.
 * Entries written as Word writes them (links to _Toc bookmarks, PAGEREF fields) would not help:
 * LibreOffice 7.4 prints PAGEREF fields inside a TOC field as their stored text and computes
 * them only outside one (docs/exports.md). It fills them with Tools › Update › Update All.
 */
public final class TableOfContents {

	private final XWPFDocument document;
	private final XWPFParagraph first;

	private TableOfContents(XWPFDocument document, XWPFParagraph first) {
		this.document = document;
		this.first = first;
	}

	/** The contents' title and the start of its field; the entries come with {@link #fill}. */
	public static TableOfContents append(XWPFDocument document, String title) {
		Paragraphs.append(document, StyleIds.TOC_HEADING, title);
		XWPFParagraph first = Paragraphs.append(document, StyleIds.TOC_1, null);
		ComplexField.begin(first.getCTP(), ComplexField.TABLE_OF_CONTENTS);
		document.enforceUpdateFields();
		return new TableOfContents(document, first);
	}

	/** Writes the entries as the field's result and closes the field. */
	public void fill(List<Outline.Entry> entries) {
		XWPFParagraph paragraph = first;
		for (int i = 0; i < entries.size(); i++) {
			Outline.Entry entry = entries.get(i);
			if (i > 0) {
				XmlCursor after = paragraph.getCTP().newCursor();
				after.toEndToken();
				after.toNextToken(); // past the paragraph's end: the next paragraph goes here
				paragraph = document.insertNewParagraph(after);
				after.close();
			}
			entry(paragraph, entry);
		}
		ComplexField.end(paragraph.getCTP());
	}

	private void entry(XWPFParagraph paragraph, Outline.Entry entry) {
		paragraph.setStyle(entry.level() == 1 ? StyleIds.TOC_1 : StyleIds.TOC_2);
		text(paragraph.getCTP().addNewR(), entry.text());
	}

	private static void text(CTR run, String value) {
		CTText text = run.addNewT();
		text.setStringValue(value);
		text.setSpace(SpaceAttribute.Space.PRESERVE);
	}
}
