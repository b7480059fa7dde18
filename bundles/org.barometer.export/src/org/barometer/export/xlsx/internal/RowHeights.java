package org.barometer.export.xlsx.internal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Row heights for wrapped text. A file states the height of each row; neither LibreOffice nor
 * every Excel recomputes it on opening, so a long event would be cut to one line. The
 * height is estimated by wrapping the words into the column's width, generously: a row a
 * little too high reads fine, one too low hides text.
 */
public final class RowHeights {

	/** Arial 10 pt with a little leading. */
	private static final float LINE_POINTS = 12.75f;

	private RowHeights() {
	}

	/** Sets each row's height to the most lines any of its wrapping cells needs. */
	public static void fit(XSSFSheet sheet) {
		for (Row row : sheet) {
			int lines = 1;
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
					int widthInCharacters = Math.max(1, sheet.getColumnWidth(cell.getColumnIndex()) / 256 - 1);
					lines = Math.max(lines, lines(cell.getStringCellValue(), widthInCharacters));
				}
			}
			if (lines > 1) {
				row.setHeightInPoints(lines * LINE_POINTS + 2);
			}
		}
	}

	/** Lines the text takes when its words are wrapped greedily into {@code width} characters. */
	static int lines(String text, int width) {
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			lines++;
			int used = 0;
			for (String word : paragraph.split(" ")) {
				int length = word.length();
				if (used == 0) {
					used = length;
				} else if (used + 1 + length <= width) {
					used += 1 + length;
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
}
