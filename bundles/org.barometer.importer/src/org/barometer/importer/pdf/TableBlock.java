package org.barometer.importer.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive lines of a page that form a table, turned into rows: one line per row, its
 * cells separated by tabs, a cell printed over several lines (a wrapped description, a long
 * date range) joined into one.
 *
 * Where a row ends is read from the spacing when the table shows it: rows set apart by
 * their cells' padding, with a wrapped cell's lines closer together than the last line of a
 * row and the first of the next. Without that difference (no padding, or every row one line)
 * a row starts at each line with text in the first column (every row has a date, if only
 * "-"), unless the first column's text so far ends in a dash or a comma ("28 October -",
 * "November-"), which the next line continues.
 */
final class TableBlock {

	/** A gap this much wider than the closest two lines' begins a new row. */
	private static final float ROW_GAP = 1.15f;

	private final List<VisualLine> lines;
	private final Columns columns;

	TableBlock(List<VisualLine> lines, Columns columns) {
		this.lines = List.copyOf(lines);
		this.columns = columns;
	}

	List<String> rows() {
		List<StringBuilder[]> parts = new ArrayList<>();
		float closest = Float.MAX_VALUE;
		for (int i = 0; i < lines.size(); i++) {
			parts.add(split(lines.get(i)));
			if (i > 0) {
				closest = Math.min(closest, gap(i));
			}
		}
		boolean spacedRows = spacedRows(parts, closest);
		List<String> rows = new ArrayList<>();
		StringBuilder[] cells = null;
		for (int i = 0; i < lines.size(); i++) {
			StringBuilder[] line = parts.get(i);
			boolean newRow;
			if (cells == null) {
				newRow = true;
			} else if (spacedRows) {
				newRow = gap(i) > ROW_GAP * closest;
			} else {
				newRow = !line[0].isEmpty() && !continues(cells[0]);
			}
			if (newRow) {
				if (cells != null) {
					rows.add(join(cells));
				}
				cells = line;
			} else {
				for (int c = 0; c < cells.length; c++) {
					append(cells[c], line[c].toString());
				}
			}
		}
		if (cells != null) {
			rows.add(join(cells));
		}
		return rows;
	}

	private float gap(int i) {
		return lines.get(i).baseline() - lines.get(i - 1).baseline();
	}

	/**
	 * Whether the spacing tells rows apart: some gaps are wider than the closest, and a line at
	 * the closest spacing continues a cell (its first column is empty). Only a table with a
	 * wider gap after its header row, all of whose rows are one line, has the first without
	 * the second.
	 */
	private boolean spacedRows(List<StringBuilder[]> parts, float closest) {
		boolean wider = false;
		boolean continuation = false;
		for (int i = 1; i < lines.size(); i++) {
			if (gap(i) > ROW_GAP * closest) {
				wider = true;
			} else if (parts.get(i)[0].isEmpty()) {
				continuation = true;
			}
		}
		return wider && continuation;
	}

	/** A first cell whose text the next line goes on with: it ends in a dash, a hyphen or a comma. */
	private static boolean continues(CharSequence firstCell) {
		int n = firstCell.length();
		if (n < 2) {
			return false; // "-" alone is an undated row's date, complete
		}
		char last = firstCell.charAt(n - 1);
		return last == '-' || last == '\u2013' || last == '\u2014' || last == ',';
	}

	private StringBuilder[] split(VisualLine line) {
		StringBuilder[] parts = new StringBuilder[columns.count()];
		for (int c = 0; c < parts.length; c++) {
			parts[c] = new StringBuilder();
		}
		for (Word word : line.words()) {
			StringBuilder part = parts[columns.indexOf(word)];
			if (!part.isEmpty()) {
				part.append(' ');
			}
			part.append(word.text());
		}
		return parts;
	}

	/**
	 * A cell's next line: after a space, except after a hyphen that ends a word
	 * ("Belarus-" + "EU"); a spaced dash ("28 October -" + "8 November") keeps its space.
	 */
	static void append(StringBuilder cell, String more) {
		if (more.isEmpty()) {
			return;
		}
		int n = cell.length();
		boolean wordHyphen = n >= 2 && cell.charAt(n - 1) == '-' && !Character.isWhitespace(cell.charAt(n - 2));
		if (n > 0 && !wordHyphen) {
			cell.append(' ');
		}
		cell.append(more);
	}

	private static String join(StringBuilder[] cells) {
		StringBuilder row = new StringBuilder();
		for (int c = 0; c < cells.length; c++) {
			if (c > 0) {
				row.append('\t');
			}
			row.append(cells[c]);
		}
		return row.toString();
	}
}
