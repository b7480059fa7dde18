package org.barometer.export.docx.internal;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.barometer.export.docx.StyleIds;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A table as the production desk needs it: the table style of the template (no direct
 * borders), fixed layout with an explicit grid (LibreOffice ignores cell widths without
 * one), a header row repeated on every page, and rows that never split across pages.
 */
public final class DocxTable {

	private final XWPFTable table;
	private final int[] widths;

	private DocxTable(XWPFTable table, int[] widths) {
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
		XWPFTable table = document.createTable();
		table.removeRow(0); // POI starts a table with one row of one cell
		CTTbl ct = table.getCTTbl();
		CTTblPr properties = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
		if (properties.isSetTblBorders()) {
			properties.unsetTblBorders(); // POI's direct borders would override the style's
		}
		table.setStyleID(StyleIds.TABLE);
		CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(totalWidth));
		CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int w : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
		return new DocxTable(table, widths);
	}

	/** The header row: repeated at the top of every page the table spans. */
	public XWPFTableRow header(String... headings) {
		String[] styles = new String[headings.length];
		java.util.Arrays.fill(styles, StyleIds.TABLE_HEADING);
		XWPFTableRow row = row(headings, styles);
		row.setRepeatHeader(true);
		return row;
	}

	/** A row of one paragraph per cell, each in its style; it never splits across pages. */
	public XWPFTableRow row(String[] texts, String[] styles) {
		if (texts.length != widths.length || styles.length != widths.length) {
			throw new IllegalArgumentException("a row of this table has " + widths.length + " cells");
		}
		XWPFTableRow row = table.createRow();
		row.setCantSplitRow(true);
		for (int i = 0; i < widths.length; i++) {
			XWPFTableCell cell = row.getTableCells().size() > i ? row.getCell(i) : row.addNewTableCell();
			CTTcPr cellProperties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
			CTTblWidth cellWidth = cellProperties.isSetTcW() ? cellProperties.getTcW() : cellProperties.addNewTcW();
			cellWidth.setType(STTblWidth.DXA);
			cellWidth.setW(BigInteger.valueOf(widths[i]));
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setStyle(styles[i]);
			if (texts[i] != null && !texts[i].isEmpty()) {
				paragraph.createRun().setText(texts[i]);
			}
		}
		return row;
	}

	public XWPFTable table() {
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
