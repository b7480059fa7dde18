package org.barometer.importer.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Furniture told by where it stands on real pages (a PDF's, or a text's form feeds): a page's
 * first or last line that is just its own page number, and a first line that opens three pages
 * or more (a running head such as "Minsk Barometer · № 17 · September and October 2020"). Beside
 * a table, where nothing else marks them, these would otherwise be left unplaced.
 */
final class PageEdges {

	private static final int RUNNING_HEAD_PAGES = 3;
	private static final int LONGEST_RUNNING_HEAD = 100;

	private PageEdges() {
	}

	static void mark(LineLedger ledger) {
		Map<Integer, List<Integer>> pages = new TreeMap<>();
		for (int i = 0; i < ledger.size(); i++) {
			int page = ledger.line(i).page();
			if (page > 0 && !ledger.isBlank(i)) {
				pages.computeIfAbsent(page, p -> new ArrayList<>()).add(i);
			}
		}
		Map<String, List<Integer>> firstLines = new HashMap<>();
		for (Map.Entry<Integer, List<Integer>> page : pages.entrySet()) {
			List<Integer> lines = page.getValue();
			String number = String.valueOf(page.getKey());
			for (int edge : new int[] { lines.get(0), lines.get(lines.size() - 1) }) {
				if (ledger.isFree(edge) && ledger.text(edge).strip().equals(number)) {
					ledger.furniture(edge, FurnitureKind.PAGE_NUMBER);
				}
			}
			int first = lines.get(0);
			String text = ledger.text(first);
			// a table's header row or a heading opening several pages is the table's or the part's, not furniture
			if (text.length() <= LONGEST_RUNNING_HEAD && !StructureLines.isTableHeader(text) && !StructureLines.isHeading(text)) {
				firstLines.computeIfAbsent(ledger.text(first), t -> new ArrayList<>()).add(first);
			}
		}
		for (List<Integer> heads : firstLines.values()) {
			if (heads.size() >= RUNNING_HEAD_PAGES) {
				heads.stream().filter(ledger::isFree).forEach(i -> ledger.furniture(i, FurnitureKind.RUNNING_HEAD));
			}
		}
	}
}
