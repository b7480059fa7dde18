package org.barometer.editor.folding;

import java.util.ArrayList;
import java.util.List;

import org.barometer.lang.ide.outline.OutlineNode;
import org.eclipse.jface.text.Position;

/** Where the editor folds: sections (the outline's second level) and narrative text blocks, when they span lines. */
final class FoldingRegions {

	private FoldingRegions() {
	}

	static List<Position> compute(String text, List<OutlineNode> outline) {
		List<Position> regions = new ArrayList<>();
		for (OutlineNode root : outline) {
			for (OutlineNode section : root.children()) {
				if (!OutlineNode.NARRATIVE.equals(section.kind())) { // the letter folds as its text block, below
					addIfMultiLine(text, section.offset(), section.length(), regions);
				}
			}
		}
		int from = 0;
		while (true) {
			int start = text.indexOf("\"\"\"", from);
			int end = start < 0 ? -1 : text.indexOf("\"\"\"", start + 3);
			if (end < 0) {
				break;
			}
			addIfMultiLine(text, start, end + 3 - start, regions);
			from = end + 3;
		}
		return regions;
	}

	/** Folds whole lines: from the region's line start to the end of its last line. */
	private static void addIfMultiLine(String text, int offset, int length, List<Position> regions) {
		int end = Math.min(text.length(), offset + length);
		if (offset < 0 || offset >= end || text.indexOf('\n', offset) < 0 || text.indexOf('\n', offset) >= end - 1) {
			return;
		}
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int lineEnd = text.indexOf('\n', end - 1);
		regions.add(new Position(lineStart, (lineEnd < 0 ? text.length() : lineEnd + 1) - lineStart));
	}
}
