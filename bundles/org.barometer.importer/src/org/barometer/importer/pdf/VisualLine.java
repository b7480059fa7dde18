package org.barometer.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words printed on one baseline of a page, left to right. Lines are found from the glyphs'
 * positions, not from the order the PDF draws them in: table cells drawn column by column still
 * share their row's baseline.
 */
final class VisualLine {

	/** Glyphs whose baselines differ by less than this share a line (fraction of the font size). */
	private static final float SAME_LINE = 0.4f;
	/** A gap wider than this separates words (fraction of the font size; a space is about 0.25). */
	private static final float WORD_GAP = 0.15f;

	private static final Pattern LIST_MARKER = Pattern.compile("\\d{1,3}[.)]|[\u2022\u25aa\u25cf]");

	private final float baseline;
	private final float size;
	private final List<Word> words;

	private VisualLine(float baseline, float size, List<Word> words) {
		this.baseline = baseline;
		this.size = size;
		this.words = List.copyOf(words);
	}

	float baseline() {
		return baseline;
	}

	/** The largest font size on the line. */
	float size() {
		return size;
	}

	List<Word> words() {
		return words;
	}

	float start() {
		return words.get(0).x();
	}

	float end() {
		return words.get(words.size() - 1).end();
	}

	/** The words joined by single spaces. */
	String text() {
		StringBuilder text = new StringBuilder();
		for (Word word : words) {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(word.text());
		}
		return text.toString();
	}

	/** The page's glyphs as lines, top to bottom. */
	static List<VisualLine> of(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
		List<VisualLine> lines = new ArrayList<>();
		List<Glyph> current = new ArrayList<>();
		float top = 0;
		for (Glyph glyph : sorted) {
			if (!current.isEmpty() && glyph.baseline() - top > SAME_LINE * Math.max(glyph.size(), 1f)) {
				addLine(lines, current);
				current = new ArrayList<>();
			}
			if (current.isEmpty()) {
				top = glyph.baseline();
			}
			current.add(glyph);
		}
		addLine(lines, current);
		return lines;
	}

	/**
	 * A list item's marker ("1.", "•"; not "-", an undated row's date) stands apart from its text by a tab stop, as wide as a
	 * table's gutter: it is one with the text that follows, not a column of its own.
	 */
	private static void joinListMarker(List<Word> words) {
		if (words.size() > 1 && LIST_MARKER.matcher(words.get(0).text()).matches()) {
			Word marker = words.remove(0);
			Word first = words.remove(0);
			words.add(0, new Word(marker.x(), first.end(), marker.text() + " " + first.text()));
		}
	}

	private static void addLine(List<VisualLine> lines, List<Glyph> glyphs) {
		glyphs.sort(Comparator.comparingDouble(Glyph::x));
		List<Word> words = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		float start = 0;
		float end = 0;
		float size = 0;
		float baselineSum = 0;
		int counted = 0;
		boolean gapPending = false;
		for (Glyph glyph : glyphs) {
			size = Math.max(size, glyph.size());
			if (glyph.isSpace()) {
				gapPending = true;
				continue;
			}
			baselineSum += glyph.baseline();
			counted++;
			boolean gap = glyph.x() - end > WORD_GAP * Math.max(glyph.size(), 1f);
			if (!text.isEmpty() && (gap || gapPending)) {
				words.add(new Word(start, end, text.toString()));
				text.setLength(0);
			}
			if (text.isEmpty()) {
				start = glyph.x();
			}
			text.append(glyph.text());
			end = Math.max(end, glyph.end());
			gapPending = false;
		}
		if (!text.isEmpty()) {
			words.add(new Word(start, end, text.toString()));
		}
		joinListMarker(words);
		if (!words.isEmpty()) {
			lines.add(new VisualLine(baselineSum / counted, size, words));
		}
	}
}
