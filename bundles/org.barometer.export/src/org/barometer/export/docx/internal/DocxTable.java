package org.barometer.export.docx.internal;

import java.math.BigInteger;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.barometer.export.docx.StyleIds;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A table as the production desk needs it: the table style of the template (no direct
 * borders), fixed layout with an explicit grid (LibreOffice ignores cell widths without
 * one), a header row repeated on every page, and rows that never split across pages.
 */
public final class DocxTable {

	private final CTTbl table;
	private final int[] widths;
	private final Map<String, CTRow> prototypes = new HashMap<>();

	private DocxTable(CTTbl table, int[] widths) {
		this.table = table;
		this.widths = widths;
	}

	/** Leaves a column the width the fixed ones leave over (see {@link #appendFixed}). */
	public static final int REST = 0;

	/** A table at the end of the document, its columns sharing {@code totalWidth} twips by weight. */
	public static DocxTable append(XWPFDocument document, int totalWidth, int... weights) {
		return create(document, totalWidth, split(totalWidth, weights));
	}

	/**
	 * A table whose columns have fixed widths in twips, except the {@link #REST} columns, which
	 * share what is left: a date or a score needs the same room on a portrait or a landscape
	 * page, the event text takes the rest.
	 */
	public static DocxTable appendFixed(XWPFDocument document, int totalWidth, int... widthsOrRest) {
		int fixed = 0;
		int rest = 0;
		for (int w : widthsOrRest) {
			fixed += w;
			rest += w == REST ? 1 : 0;
		}
		int left = totalWidth - fixed;
		if (rest == 0 || left < rest * 1134) { // a page too narrow for the fixed columns: share it out by weight
			int[] weights = widthsOrRest.clone();
			for (int i = 0; i < weights.length; i++) {
				weights[i] = weights[i] == REST ? Math.max(1134, fixed / Math.max(1, widthsOrRest.length - rest)) : weights[i];
			}
			return append(document, totalWidth, weights);
		}
		int[] widths = widthsOrRest.clone();
		int shared = 0;
		for (int i = 0, n = 0; i < widths.length; i++) {
			if (widths[i] == REST) {
				widths[i] = ++n == rest ? left - shared : left / rest; // the last takes the rounding
				shared += widths[i];
			}
		}
		return create(document, totalWidth, widths);
	}

	private static DocxTable create(XWPFDocument document, int totalWidth, int[] widths) {
		// built on the XML directly: POI's createTable() makes a bordered 1x1 table we would only undo
		CTTbl table = document.getDocument().getBody().addNewTbl();
		CTTblPr properties = table.addNewTblPr();
		properties.addNewTblStyle().setVal(StyleIds.TABLE);
		CTTblWidth width = properties.addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(totalWidth));
		properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
		// the style's header row formatting applies, no banding; without a look Word applies none of it
		CTTblLook look = properties.addNewTblLook();
		look.setVal(new byte[] { 0x06, 0x20 }); // the same flags in the form older readers know
		look.setFirstRow("1");
		look.setLastRow("0");
		look.setFirstColumn("0");
		look.setLastColumn("0");
		look.setNoHBand("1");
		look.setNoVBand("1");
		CTTblGrid grid = table.addNewTblGrid();
		for (int w : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
		return new DocxTable(table, widths);
	}

	/** The header row, repeated at the top of every page the table spans; text columns only. */
	public CTRow header(String... headings) {
		return header(headings.length, headings);
	}

	/** The header row, the columns from {@code firstNumber} on holding scores. */
	public CTRow header(int firstNumber, String... headings) {
		String[] styles = new String[headings.length];
		for (int i = 0; i < styles.length; i++) {
			styles[i] = i >= firstNumber ? StyleIds.TABLE_HEADING_NUMBER : StyleIds.TABLE_HEADING;
		}
		CTRow row = row(headings, styles);
		row.getTrPr().addNewTblHeader();
		return row;
	}

	/** A row of one paragraph per cell, each in its style; it never splits across pages. */
	public CTRow row(String[] texts, String[] styles) {
		if (texts.length != widths.length || styles.length != widths.length) {
			throw new IllegalArgumentException("a row of this table has " + widths.length + " cells");
		}
		// rows are copied from a prototype per combination of styles: one XML copy instead of
		// a dozen element insertions per cell, which is where POI spends its time
		CTRow row = table.addNewTr();
		row.set(prototypes.computeIfAbsent(String.join("|", styles), key -> prototype(styles)));
		for (int i = 0; i < texts.length; i++) {
			if (texts[i] != null && !texts[i].isEmpty()) {
				CTText text = row.getTcArray(i).getPArray(0).addNewR().addNewT();
				text.setStringValue(texts[i]);
				if (!texts[i].equals(texts[i].strip())) {
					text.setSpace(SpaceAttribute.Space.PRESERVE);
				}
			}
		}
		return row;
	}

	/** Shades a cell with a colour given as six hex digits: data (a band's colour), not a style. */
	public static void shade(CTRow row, int column, String hex) {
		CTTcPr properties = row.getTcArray(column).getTcPr();
		CTShd shading = properties.isSetShd() ? properties.getShd() : properties.addNewShd();
		shading.setVal(STShd.CLEAR);
		shading.setColor("auto");
		shading.setFill(hex);
	}

	/** An empty row: cantSplit, and per cell its grid width and one paragraph in its style. */
	private CTRow prototype(String[] styles) {
		CTRow row = CTRow.Factory.newInstance();
		row.addNewTrPr().addNewCantSplit();
		for (int i = 0; i < widths.length; i++) {
			CTTc cell = row.addNewTc();
			CTTblWidth width = cell.addNewTcPr().addNewTcW();
			width.setW(BigInteger.valueOf(widths[i]));
			width.setType(STTblWidth.DXA);
			cell.addNewP().addNewPPr().addNewPStyle().setVal(styles[i]);
		}
		return row;
	}

	public CTTbl table() {
		return table;
	}

	/** Column widths in twips, proportional to the weights, summing exactly to the total. */
	static int[] split(int total, int... weights) {
		int sum = 0;
		for (int w : weights) {
			sum += w;
		}
		int[] widths = new int[weights.length];
		int given = 0;
		for (int i = 0; i < weights.length - 1; i++) {
			widths[i] = (int) ((long) total * weights[i] / sum);
			given += widths[i];
		}
		widths[weights.length - 1] = total - given;
		return widths;
	}
}
