package org.barometer.importer.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.barometer.importer.source.SourceLine;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

/**
 * A Word document's body in order, as lines: each paragraph one line (list items after the
 * marker Word shows, emphasis as the language's stars), a blank line between paragraphs as
 * the narrative markup needs (but not between a list's items, which follow each other as in the
 * published text), and each table row one line with its cells separated by tabs.
 *
 * Pages are counted from the breaks the document holds (page breaks, "page break before",
 * sections that start on a new page); without any, Word alone knows the pages and every line
 * has page 0. A line's number counts the lines of its page (of the document when page 0).
 */
final class DocxBody {

	private final XWPFDocument document;
	private final RunMarkup markup;
	private final ListNumbering numbering;
	private final List<String> texts = new ArrayList<>();
	/** Whether any text has been added yet: a page break before it makes no empty first page. */
	private boolean printed;
	private final List<Integer> pages = new ArrayList<>();
	private final List<CTSectPr> sections = new ArrayList<>();
	/** A list item as the narrative markup knows it: a number and a full stop, or a bullet. */
	private static final Pattern LIST_ITEM = Pattern.compile("(?:\\d{1,3}\\.|[-\u2022])[ \t]+\\S");

	private int page = 1;
	private boolean previousWasItem;
	private int sectionsPassed;
	private boolean breaks;

	DocxBody(XWPFDocument document) {
		this.document = document;
		this.markup = new RunMarkup(document.getStyles());
		this.numbering = new ListNumbering(document);
	}

	List<SourceLine> lines() {
		collectSections();
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				paragraph(paragraph);
			} else if (element instanceof XWPFTable table) {
				table(table);
			} else if (element instanceof XWPFSDT control) {
				for (String text : control.getContent().getText().split("\\R")) {
					add(text.replace('\t', ' '));
				}
				blank();
			}
		}
		while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
			texts.remove(texts.size() - 1);
			pages.remove(pages.size() - 1);
		}
		List<SourceLine> lines = new ArrayList<>();
		int number = 0;
		int lastPage = -1;
		for (int i = 0; i < texts.size(); i++) {
			int linePage = breaks ? pages.get(i) : 0;
			if (linePage != lastPage) {
				number = lastPage == -1 || breaks ? 0 : number;
				lastPage = linePage;
			}
			lines.add(new SourceLine(linePage, ++number, texts.get(i)));
		}
		return lines;
	}

	private void paragraph(XWPFParagraph paragraph) {
		CTPPr properties = paragraph.getCTP().getPPr();
		if (startsPage(paragraph)) {
			newPage();
		}
		List<XWPFRun> runs = paragraph.getRuns();
		List<XWPFRun> current = new ArrayList<>();
		String marker = numbering.markerOf(paragraph);
		for (XWPFRun run : runs) {
			current.add(run);
			if (RunText.breaksPage(run)) {
				// text before the break is on this page, the rest on the next
				String before = markup.text(current).strip();
				if (!before.isEmpty()) {
					add(marker + before);
					marker = "";
				}
				current.clear();
				newPage();
			}
		}
		String text = markup.text(current).strip();
		if (runs.isEmpty() || text.isEmpty() && current.size() == runs.size()) {
			text = paragraph.getText() == null ? "" : paragraph.getText().replace('\t', ' ').strip(); // text outside runs (fields, insertions)
		}
		if (!text.isEmpty()) {
			String line = marker + bulletAsTyped(text);
			boolean item = !marker.isEmpty() || LIST_ITEM.matcher(line).lookingAt();
			if (item && previousWasItem && texts.get(texts.size() - 1).isEmpty()) {
				// a list's items on consecutive lines, as the published text prints them
				texts.remove(texts.size() - 1);
				pages.remove(pages.size() - 1);
			}
			add(line);
			previousWasItem = item;
		} else {
			previousWasItem = false;
		}
		blank();
		if (properties != null && properties.isSetSectPr()) {
			sectionEnds();
		}
	}

	/** "Page break before", set on the paragraph or by its style (Word's headings often have it). */
	private boolean startsPage(XWPFParagraph paragraph) {
		CTPPr own = paragraph.getCTP().getPPr();
		if (own != null && own.isSetPageBreakBefore()) {
			return isOn(own.getPageBreakBefore());
		}
		String styleId = paragraph.getStyleID();
		for (int depth = 0; styleId != null && depth < 10 && document.getStyles() != null; depth++) {
			XWPFStyle style = document.getStyles().getStyle(styleId);
			if (style == null) {
				return false;
			}
			CTPPrGeneral pPr = style.getCTStyle().getPPr();
			if (pPr != null && pPr.isSetPageBreakBefore()) {
				return isOn(pPr.getPageBreakBefore());
			}
			styleId = style.getCTStyle().isSetBasedOn() ? style.getCTStyle().getBasedOn().getVal() : null;
		}
		return false;
	}

	private static boolean isOn(CTOnOff setting) {
		if (!setting.isSetVal()) {
			return true;
		}
		String val = String.valueOf(setting.getVal());
		return val.equals("1") || val.equalsIgnoreCase("true") || val.equalsIgnoreCase("on");
	}

	/** A bullet typed as a character ("• ", as the export writes it) is the language's "- ". */
	private static String bulletAsTyped(String text) {
		if (text.length() > 2 && text.charAt(0) == '\u2022' && Character.isSpaceChar(text.charAt(1))) {
			return "- " + text.substring(2).strip();
		}
		return text;
	}

	private void table(XWPFTable table) {
		previousWasItem = false;
		blank();
		for (XWPFTableRow row : table.getRows()) {
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				cells.add(cellText(cell));
			}
			add(String.join("\t", cells));
		}
		blank();
	}

	/** A cell's paragraphs (and any table inside it) joined by spaces; no stars inside tables. */
	private static String cellText(XWPFTableCell cell) {
		List<String> parts = new ArrayList<>();
		for (IBodyElement element : cell.getBodyElements()) {
			String text = element instanceof XWPFParagraph p ? p.getText()
					: element instanceof XWPFTable t ? t.getText() : "";
			if (text != null) {
				String flat = text.replaceAll("[\\t\\r\\n\\u000b]+", " ").strip();
				if (!flat.isEmpty()) {
					parts.add(flat);
				}
			}
		}
		return String.join(" ", parts);
	}

	private void add(String text) {
		texts.add(text);
		pages.add(page);
		printed |= !text.isEmpty();
	}

	private void blank() {
		if (!texts.isEmpty() && !texts.get(texts.size() - 1).isEmpty()) {
			add("");
		}
	}

	private void newPage() {
		if (!printed) {
			return; // a break before anything is printed does not make an empty first page
		}
		page++;
		breaks = true;
	}

	/** Sections are described at their end; the next section's own type says whether it starts a page. */
	private void sectionEnds() {
		sectionsPassed++;
		CTSectPr next = sectionsPassed < sections.size() ? sections.get(sectionsPassed) : null;
		boolean continuous = next != null && next.isSetType() && next.getType().getVal() == STSectionMark.CONTINUOUS;
		if (!continuous) {
			newPage();
		}
	}

	private void collectSections() {
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				CTPPr properties = paragraph.getCTP().getPPr();
				if (properties != null && properties.isSetSectPr()) {
					sections.add(properties.getSectPr());
				}
			}
		}
		CTSectPr last = document.getDocument().getBody().getSectPr();
		if (last != null) {
			sections.add(last);
		}
	}
}
