package org.barometer.importer.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's lines as the import reads them: running text line by line, a blank line where the
 * page leaves a paragraph's space, and tables row by row with their cells separated by tabs.
 *
 * A table is recognised by its gutters: a run of lines, at least two of them with words in
 * more than one column, whose columns stay apart over the whole run. A line in between with
 * words in one column only (a description's second line) belongs to the table as long as it
 * stays within a column and close to the line above.
 */
final class PageLayout {

	/** A gap between baselines wider than this (fraction of the font size) is a paragraph's space. */
	private static final float PARAGRAPH_GAP = 1.5f;
	/** Lines further apart than this (fraction of the font size) are not one table. */
	private static final float TABLE_GAP = 3.2f;

	private PageLayout() {
	}

	static List<String> lines(List<VisualLine> page) {
		List<String> out = new ArrayList<>();
		VisualLine previous = null;
		int i = 0;
		while (i < page.size()) {
			VisualLine line = page.get(i);
			if (previous != null && line.baseline() - previous.baseline() > PARAGRAPH_GAP * line.size()) {
				out.add("");
			}
			int end = tableEnd(page, i);
			if (end > i + 1) {
				List<VisualLine> block = page.subList(i, end);
				out.addAll(new TableBlock(block, Columns.of(block)).rows());
				previous = page.get(end - 1);
				i = end;
			} else {
				out.add(line.text());
				previous = line;
				i++;
			}
		}
		return out;
	}

	/**
	 * The end (exclusive) of the table that starts at {@code start}, or {@code start} itself when
	 * no table starts there.
	 */
	private static int tableEnd(List<VisualLine> page, int start) {
		if (!hasGutter(page.get(start))) {
			return start;
		}
		int end = start + 1;
		int spread = 1;
		int lastSpread = end;
		float closest = Float.MAX_VALUE;
		Columns columns = Columns.of(page.subList(start, end));
		while (end < page.size()) {
			VisualLine previous = page.get(end - 1);
			VisualLine next = page.get(end);
			float gap = next.baseline() - previous.baseline();
			if (gap > TABLE_GAP * next.size()) {
				break;
			}
			Columns wider = Columns.of(page.subList(start, end + 1));
			if (wider.count() < columns.count()) {
				break; // the line covers a gutter: running text after the table
			}
			boolean spreads = wider.spreadsOver(next);
			if (!spreads && wider.indexOf(next.words().get(0)) == 0 && !continuesFirstColumn(previous, gap, closest, wider)) {
				break; // a caption or heading after the table, not a date running on
			}
			columns = wider;
			closest = Math.min(closest, gap);
			end++;
			if (spreads) {
				spread++;
				lastSpread = end;
			}
		}
		// a table has two rows at least, and ends with its last row in several columns
		// (a trailing one-column line is taken back: it may be the text after the table)
		return spread >= 2 ? trailingContinuations(page, lastSpread, end, columns) : start;
	}

	/**
	 * Whether a line with text in the first column only goes on with the row above: that row's
	 * first cell ends in a dash or a comma ("28 October -"), or the line follows it as closely
	 * as the table's lines follow each other within a row.
	 */
	private static boolean continuesFirstColumn(VisualLine previous, float gap, float closest, Columns columns) {
		StringBuilder first = new StringBuilder();
		for (Word word : previous.words()) {
			if (columns.indexOf(word) == 0) {
				first.append(word.text());
			}
		}
		if (first.length() < 2) {
			return first.length() == 1 && first.charAt(0) != '-' && gap <= 1.05f * closest; // "-": an undated row, complete
		}
		char last = first.charAt(first.length() - 1);
		return last == '-' || last == '\u2013' || last == '\u2014' || last == ',' || gap <= 1.05f * closest;
	}

	/** Keeps the one-column lines after the last full row only while they fall inside a column other than the first. */
	private static int trailingContinuations(List<VisualLine> page, int lastSpread, int end, Columns columns) {
		int result = lastSpread;
		for (int i = lastSpread; i < end; i++) {
			VisualLine line = page.get(i);
			if (columns.indexOf(line.words().get(0)) == 0) {
				break;
			}
			result = i + 1;
		}
		return result;
	}

	private static boolean hasGutter(VisualLine line) {
		List<Word> words = line.words();
		for (int i = 1; i < words.size(); i++) {
			if (words.get(i).x() - words.get(i - 1).end() >= Columns.GAP * line.size()) {
				return true;
			}
		}
		return false;
	}
}
