package org.barometer.importer.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a table as the white space between them shows: every word of every row is
 * laid on one ruler, and where no word covers a stretch at least {@link #GAP} wide there is a
 * gutter. Gaps that only one row leaves (between two words of a sentence) are covered by the
 * other rows, so only the gutters the whole table shares separate columns.
 */
final class Columns {

	/** The narrowest gutter between two columns, as a fraction of the font size. */
	static final float GAP = 0.7f;

	private final List<float[]> spans;

	private Columns(List<float[]> spans) {
		this.spans = spans;
	}

	static Columns of(List<VisualLine> lines) {
		List<float[]> intervals = new ArrayList<>();
		float size = 1f;
		for (VisualLine line : lines) {
			size = Math.max(size, line.size());
			for (Word word : line.words()) {
				intervals.add(new float[] { word.x(), word.end() });
			}
		}
		intervals.sort((a, b) -> Float.compare(a[0], b[0]));
		List<float[]> spans = new ArrayList<>();
		for (float[] interval : intervals) {
			float[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
			if (last != null && interval[0] - last[1] < GAP * size) {
				last[1] = Math.max(last[1], interval[1]);
			} else {
				spans.add(interval.clone());
			}
		}
		return new Columns(spans);
	}

	int count() {
		return spans.size();
	}

	/** The column a word belongs to: the span holding its start, else the nearest one. */
	int indexOf(Word word) {
		int best = 0;
		float bestDistance = Float.MAX_VALUE;
		for (int i = 0; i < spans.size(); i++) {
			float[] span = spans.get(i);
			float distance = word.x() < span[0] ? span[0] - word.x() : word.x() > span[1] ? word.x() - span[1] : 0;
			if (distance < bestDistance) {
				bestDistance = distance;
				best = i;
			}
		}
		return best;
	}

	/** Whether the line's words fall in more than one column. */
	boolean spreadsOver(VisualLine line) {
		int first = indexOf(line.words().get(0));
		return line.words().stream().anyMatch(word -> indexOf(word) != first);
	}
}
