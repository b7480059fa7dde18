package org.barometer.export.xlsx.internal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Row heights for wrapped text. A file states the height of each row; neither LibreOffice nor
 * every Excel recomputes it on opening, so a long event would be cut to one line. The lines
 * are counted by wrapping the words into the column with the widths Arial gives each
 * character (an "i" is a third of an "m"): counting every character as wide as a digit, as
 * column widths are measured, made a 100-character event two lines high where one is enough.
 * A little room is kept: a row slightly too high reads fine, one too low hides text.
 */
public final class RowHeights {

	/** Arial 10 pt with a little leading. */
	private static final float LINE_POINTS = 12.75f;
	/** Pixels of a column-width unit (the width of a digit in Arial 10 pt, at 96 dpi). */
	private static final int PIXELS_PER_CHARACTER = 7;
	/** The cell's margins, and the room kept so that a line is never wrapped later than the reader wraps it. */
	private static final int MARGIN_PIXELS = 8;
	/** Arial's advance widths in thousandths of an em, from the space (32) to the tilde (126). */
	private static final short[] ARIAL = { 278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
			556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
			1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
			667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
			333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
			556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584 }; // p to ~
	/** Pixels per thousandth of an em of Arial 10 pt at 96 dpi. */
	private static final double PIXELS_PER_UNIT = 10.0 / 1000 * 96 / 72;

	private RowHeights() {
	}

	/** Sets each row's height to the most lines any of its wrapping cells needs. */
	public static void fit(XSSFSheet sheet) {
		for (Row row : sheet) {
			int lines = 1;
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
					lines = Math.max(lines, lines(cell.getStringCellValue(), widthInPixels(sheet, cell.getColumnIndex())));
				}
			}
			if (lines > 1) {
				row.setHeightInPoints(lines * LINE_POINTS + 2);
			}
		}
	}

	/** The room for text in a column, in pixels. */
	static double widthInPixels(XSSFSheet sheet, int column) {
		return Math.max(PIXELS_PER_CHARACTER, sheet.getColumnWidth(column) / 256.0 * PIXELS_PER_CHARACTER - MARGIN_PIXELS);
	}

	/** Lines the text takes when its words are wrapped greedily into {@code width} pixels. */
	static int lines(String text, double width) {
		int lines = 0;
		double space = advance(' ');
		for (String paragraph : text.split("\n", -1)) {
			lines++;
			double used = 0;
			for (String word : paragraph.split(" ")) {
				double length = advance(word);
				if (used == 0) {
					used = length;
				} else if (used + space + length <= width) {
					used += space + length;
				} else {
					lines++;
					used = length;
				}
				while (used > width) { // a word longer than the column breaks anywhere
					lines++;
					used -= width;
				}
			}
		}
		return Math.max(1, lines);
	}

	static double advance(String word) {
		double width = 0;
		for (int i = 0; i < word.length(); i++) {
			width += advance(word.charAt(i));
		}
		return width;
	}

	/** A character's width in pixels; letters beyond ASCII as wide as a lower-case letter, a dash as an em. */
	private static double advance(char c) {
		int units;
		if (c >= 32 && c <= 126) {
			units = ARIAL[c - 32];
		} else if (c == '\u2014') {
			units = 1000;
		} else if (c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D') {
			units = 333;
		} else {
			units = 556;
		}
		return units * PIXELS_PER_UNIT;
	}
}
