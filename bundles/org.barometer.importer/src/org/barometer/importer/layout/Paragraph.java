package org.barometer.importer.layout;

import java.util.List;

/** A paragraph put back together from the lines it was printed on (indexes into the source's lines). */
record Paragraph(String text, List<Integer> lines) {

	int first() {
		return lines.get(0);
	}

	int last() {
		return lines.get(lines.size() - 1);
	}

	void placeIn(LineLedger ledger, String what) {
		lines.forEach(i -> ledger.place(i, what));
	}
}
