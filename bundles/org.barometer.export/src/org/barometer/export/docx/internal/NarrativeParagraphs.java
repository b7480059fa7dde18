package org.barometer.export.docx.internal;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.barometer.export.docx.StyleIds;
import org.barometer.model.text.NarrativeBlock;
import org.barometer.model.text.NarrativeBlock.ItemList;
import org.barometer.model.text.NarrativeBlock.ListItem;
import org.barometer.model.text.NarrativeBlock.ListKind;
import org.barometer.model.text.NarrativeBlock.Paragraph;
import org.barometer.model.text.NarrativeMarkup;
import org.barometer.model.text.TextRun;

/**
 * Narrative text (the letter, developments, forecasts, trends) as Word paragraphs: its
 * paragraphs in the given style, its lists as List Bullet / List Number paragraphs numbered
 * by the document's list definitions, its emphasis as bold and italic runs. The markup is
 * read by the model's {@link NarrativeMarkup}, as everywhere else.
 */
public final class NarrativeParagraphs {

	private NarrativeParagraphs() {
	}

	/** Appends the narrative's blocks; nothing for an empty or missing narrative. */
	public static void append(XWPFDocument document, String narrative, String paragraphStyle) {
		append(document, NarrativeMarkup.parse(narrative), paragraphStyle);
	}

	/** Appends blocks already read (a writer may hold some back, such as a letter's closing lines). */
	public static void append(XWPFDocument document, List<NarrativeBlock> blocks, String paragraphStyle) {
		for (NarrativeBlock block : blocks) {
			if (block instanceof Paragraph paragraph) {
				runs(Paragraphs.append(document, paragraphStyle, null), paragraph.runs());
			} else if (block instanceof ItemList list) {
				BigInteger numbering = ListNumbering.forNewList(document, list.kind(), list.start());
				String style = list.kind() == ListKind.BULLET ? StyleIds.LIST_BULLET : StyleIds.LIST_NUMBER;
				for (ListItem item : list.items()) {
					XWPFParagraph paragraph = Paragraphs.append(document, style, null);
					paragraph.setNumID(numbering);
					paragraph.setNumILvl(BigInteger.ZERO);
					runs(paragraph, item.runs());
				}
			}
		}
	}

	/**
	 * The narrative as the runs of one paragraph (a trend is one paragraph in print): its
	 * paragraphs and items joined by spaces.
	 */
	public static void appendInline(XWPFParagraph paragraph, String narrative) {
		boolean first = true;
		for (NarrativeBlock block : NarrativeMarkup.parse(narrative)) {
			List<List<TextRun>> pieces = block instanceof Paragraph p ? List.of(p.runs())
					: ((ItemList) block).items().stream().map(ListItem::runs).toList();
			for (List<TextRun> runs : pieces) {
				if (!first) {
					paragraph.createRun().setText(" ");
				}
				runs(paragraph, runs);
				first = false;
			}
		}
	}

	/** One Word run per run of the text: bold and italic as run properties, never as characters. */
	public static void runs(XWPFParagraph paragraph, List<TextRun> runs) {
		for (TextRun run : runs) {
			XWPFRun written = paragraph.createRun();
			if (run.bold()) {
				written.setBold(true);
			}
			if (run.italic()) {
				written.setItalic(true);
			}
			written.setText(run.text());
		}
	}
}
