package org.barometer.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.importer.layout.PrintedIssue.Development;
import org.barometer.importer.layout.PrintedIssue.Figure;
import org.barometer.importer.layout.PrintedIssue.Section;
import org.barometer.importer.layout.PrintedIssue.SupportingTable;
import org.barometer.importer.layout.PrintedIssue.Trend;

/**
 * A relationship's or the security section's prose, split by its part headings: Trends (a
 * numbered list), Developments (titled subsections), for security "1. National security"
 * and "2. Regional security", and Forecast. Prose before the first part heading has no
 * place in the language and is left for the report. Supporting tables ("Table 1. …" with
 * tab-separated rows) are read wherever they stand in the section.
 */
final class SectionReader {

	private static final Pattern TREND = Pattern.compile("(\\d{1,2})\\.\\s+(.+)", Pattern.DOTALL);

	private enum Part { NONE, TRENDS, DEVELOPMENTS, NATIONAL, REGIONAL, FORECAST }

	private final LineLedger ledger;
	private final ParagraphAssembler assembler;

	SectionReader(LineLedger ledger) {
		this.ledger = ledger;
		this.assembler = new ParagraphAssembler(ledger);
	}

	Section read(String partner, SourceSpan heading, List<Figure> figures, int from, int to) {
		List<SupportingTable> tables = readSupportingTables(from, to);
		List<Trend> trends = new ArrayList<>();
		List<Development> developments = new ArrayList<>();
		List<Development> national = new ArrayList<>();
		List<Development> regional = new ArrayList<>();
		List<String> forecast = new ArrayList<>();
		Part part = Part.NONE;
		String partHeading = null;
		int start = from;
		for (int i = from; i <= to; i++) {
			Part next = i < to && ledger.isFree(i) ? partOf(ledger.text(i)) : null;
			if (next == Part.DEVELOPMENTS && part == Part.DEVELOPMENTS) {
				next = null; // "Events and developments" under "Developments and processes": the first development's title
			}
			if (i < to && next == null) {
				continue;
			}
			List<Paragraph> paragraphs = assembler.paragraphs(start, i);
			switch (part) {
				case TRENDS -> readTrends(paragraphs, trends);
				case DEVELOPMENTS -> readDevelopments(paragraphs, partHeading, developments);
				case NATIONAL -> readDevelopments(paragraphs, partHeading, national);
				case REGIONAL -> readDevelopments(paragraphs, partHeading, regional);
				case FORECAST -> paragraphs.forEach(p -> {
					forecast.add(p.text());
					p.placeIn(ledger, "forecast");
				});
				case NONE -> { } // no place for it: the report lists it
			}
			if (i < to) {
				part = next;
				partHeading = ledger.text(i).replaceFirst("^\\d+\\.\\s*", "");
				ledger.place(i, "section part heading");
				start = i + 1;
			}
		}
		return new Section(partner, heading, figures, trends, developments, national, regional,
				forecast.isEmpty() ? null : String.join("\n\n", forecast), tables);
	}

	private static Part partOf(String text) {
		if (StructureLines.isTrends(text)) {
			return Part.TRENDS;
		}
		if (StructureLines.isDevelopments(text)) {
			return Part.DEVELOPMENTS;
		}
		if (StructureLines.isNational(text)) {
			return Part.NATIONAL;
		}
		if (StructureLines.isRegional(text)) {
			return Part.REGIONAL;
		}
		if (StructureLines.isForecast(text)) {
			return Part.FORECAST;
		}
		return null;
	}

	private void readTrends(List<Paragraph> paragraphs, List<Trend> trends) {
		for (Paragraph paragraph : paragraphs) {
			Matcher m = TREND.matcher(paragraph.text());
			if (m.matches()) {
				trends.add(new Trend(Integer.parseInt(m.group(1)), m.group(2).strip()));
				paragraph.placeIn(ledger, "trend");
			}
		}
	}

	/** Titled subsections; paragraphs before the first title are the part's own, titled by its heading. */
	private void readDevelopments(List<Paragraph> paragraphs, String partHeading, List<Development> into) {
		String title = null;
		List<String> texts = new ArrayList<>();
		for (int p = 0; p < paragraphs.size(); p++) {
			Paragraph paragraph = paragraphs.get(p);
			boolean isTitle = paragraph.lines().size() == 1 && ParagraphAssembler.isTitle(paragraph.text()) && p + 1 < paragraphs.size();
			if (isTitle) {
				if (title != null || !texts.isEmpty()) {
					into.add(new Development(title == null ? partHeading : title, List.copyOf(texts)));
				}
				title = paragraph.text();
				texts.clear();
				paragraph.placeIn(ledger, "development title");
			} else {
				texts.add(paragraph.text());
				paragraph.placeIn(ledger, "development");
			}
		}
		if (title != null || !texts.isEmpty()) {
			into.add(new Development(title == null ? partHeading : title, List.copyOf(texts)));
		}
	}

	/** "Table 1. Exercises in the region", a header row and rows, cells separated by tabs. */
	private List<SupportingTable> readSupportingTables(int from, int to) {
		List<SupportingTable> tables = new ArrayList<>();
		for (int i = from; i < to; i++) {
			if (!ledger.isFree(i) || !StructureLines.isSupportingTableTitle(ledger.text(i))) {
				continue;
			}
			int titleLine = i;
			List<String> columns = null;
			List<List<String>> rows = new ArrayList<>();
			int j = i + 1;
			for (; j < to; j++) {
				if (ledger.isBlank(j) || ledger.isFurniture(j)) {
					continue;
				}
				String line = ledger.line(j).text();
				if (!ledger.isFree(j) || line.indexOf('\t') < 0) {
					break;
				}
				List<String> cells = List.of(line.strip().split("\\s*\t\\s*"));
				if (columns == null) {
					columns = cells;
				} else {
					rows.add(cells);
				}
				ledger.place(j, "supporting table");
			}
			if (columns != null) {
				ledger.place(titleLine, "supporting table");
				tables.add(new SupportingTable(ledger.text(titleLine), columns, List.copyOf(rows)));
			}
			i = j - 1;
		}
		return tables;
	}
}
