package org.barometer.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.barometer.importer.layout.FurnitureKind;
import org.barometer.importer.layout.LineLedger;
import org.barometer.importer.source.SourceLine;

/**
 * What became of every line of one source: placed in the issue, page furniture (with its
 * kind), unplaced (listed with page and line for the editor to place by hand) or blank; and
 * notes on what the import had to decide. Nothing is left out of it: the four counts add up
 * to the source's lines.
 */
public record ImportReport(String source, int lines, int placed, int furniture, int unplaced, int blank,
		List<Entry> entries, List<String> notes) {

	/** A line set aside: furniture (with its kind) or unplaced (kind null). */
	public record Entry(FurnitureKind furnitureKind, int page, int line, String text) {

		public boolean isUnplaced() {
			return furnitureKind == null;
		}

		/** "p. 3, l. 120" or "l. 120". */
		public String where() {
			return (page > 0 ? "p. " + page + ", " : "") + "l. " + line;
		}
	}

	public ImportReport {
		entries = List.copyOf(entries);
		notes = List.copyOf(notes);
	}

	static ImportReport of(String source, LineLedger ledger, List<String> notes) {
		int placed = 0;
		int furniture = 0;
		int unplaced = 0;
		int blank = 0;
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < ledger.size(); i++) {
			SourceLine line = ledger.line(i);
			if (ledger.placedAs(i) != null) {
				placed++;
			} else if (ledger.isFurniture(i)) {
				furniture++;
				entries.add(new Entry(ledger.furnitureKind(i), line.page(), line.line(), line.text().strip()));
			} else if (line.isBlank()) {
				blank++;
			} else {
				unplaced++;
				entries.add(new Entry(null, line.page(), line.line(), line.text().strip()));
			}
		}
		return new ImportReport(source, ledger.size(), placed, furniture, unplaced, blank, entries, notes);
	}

	public List<Entry> unplacedLines() {
		return entries.stream().filter(Entry::isUnplaced).toList();
	}

	public Map<FurnitureKind, Integer> furnitureByKind() {
		Map<FurnitureKind, Integer> counts = new EnumMap<>(FurnitureKind.class);
		entries.stream().filter(e -> !e.isUnplaced()).forEach(e -> counts.merge(e.furnitureKind(), 1, Integer::sum));
		return counts;
	}

	/** "1,204 lines: 702 placed, 61 page furniture, 3 unplaced, 438 blank". */
	public String summary() {
		return String.format("%,d lines: %,d placed, %,d page furniture, %,d unplaced, %,d blank", lines, placed, furniture, unplaced, blank);
	}
}
