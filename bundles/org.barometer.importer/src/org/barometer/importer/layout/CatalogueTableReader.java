package org.barometer.importer.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.importer.layout.PrintedIssue.Row;
import org.barometer.importer.layout.PrintedIssue.Table;
import org.barometer.importer.layout.PrintedIssue.Total;
import org.barometer.importer.text.DatePrefix;
import org.barometer.importer.text.ScoreToken;
import org.barometer.importer.text.WrappedText;

/**
 * Reads one catalogue table (Date | Event | score columns) in either layout: a row per line
 * with tab-separated cells, or rows wrapped over several lines with the date alone or
 * leading the first line and the scores ending the last. A row starts with a date once the
 * row before has its scores; the header printed again after a page break is furniture; the
 * Total row closes the table. Scores beyond the table's columns are kept as extra scores,
 * scores missing stay missing: the validator reports both.
 */
final class CatalogueTableReader {

	private static final Pattern TOTAL = Pattern.compile("Total\\b.*");
	private static final Pattern COLOUR = Pattern.compile("\\((\\p{L}+)\\)");

	private final LineLedger ledger;
	private final int scoreColumns;

	CatalogueTableReader(LineLedger ledger, int scoreColumns) {
		this.ledger = ledger;
		this.scoreColumns = scoreColumns;
	}

	Table read(String partner, int from, int to) {
		List<Row> rows = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		boolean headerSeen = false;
		RowDraft draft = null;
		Total total = null;
		int i = from;
		while (i < to) {
			if (!ledger.isFree(i)) {
				i++;
				continue;
			}
			String line = ledger.text(i);
			if (StructureLines.isTableHeader(line)) {
				i = readHeader(i, to, headerSeen ? null : columns);
				headerSeen = true;
				continue;
			}
			if (TOTAL.matcher(line).matches()) {
				draft = finish(draft, rows);
				total = readTotal(i, to);
				break;
			}
			if (line.indexOf('\t') >= 0 && draft == null || line.indexOf('\t') >= 0 && draft.complete()) {
				draft = finish(draft, rows);
				Row row = cellRow(i);
				if (row != null) {
					rows.add(row);
					ledger.place(i, "catalogue row");
				}
				i++;
				continue;
			}
			String date = DatePrefix.isOpenRange(line) ? line : DatePrefix.of(line);
			if (date != null && (draft == null || draft.complete())) {
				draft = finish(draft, rows);
				draft = new RowDraft();
				int next = nextFree(i + 1, to);
				if (DatePrefix.isOpenRange(line) && next >= 0 && DatePrefix.of(ledger.text(next)) != null) {
					String rest = DatePrefix.of(ledger.text(next));
					draft.date = DatePrefix.joinRange(line, rest);
					draft.add(i, "");
					draft.add(next, ledger.text(next).substring(rest.length()).strip());
					i = next + 1;
					continue;
				}
				draft.date = date;
				draft.add(i, line.substring(date.length()).strip());
			} else if (draft != null) {
				draft.add(i, line);
			}
			i++;
		}
		finish(draft, rows);
		return new Table(partner, List.copyOf(columns), List.copyOf(rows), total);
	}

	private int nextFree(int from, int to) {
		for (int i = from; i < to; i++) {
			if (ledger.isFree(i)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The header and the lines its column names wrapped onto, up to the first row. The first
	 * header is the table's (its score columns are collected); a later one is printed again
	 * after a page break.
	 */
	private int readHeader(int at, int to, List<String> columns) {
		String header = ledger.text(at);
		mark(at, columns);
		List<String> names = new ArrayList<>(header.indexOf('\t') >= 0 ? Arrays.asList(header.split("\t"))
				: List.of(header.replaceFirst("^Date\\s+Event\\s*", "")));
		StringBuilder wrapped = new StringBuilder();
		int i = at + 1;
		for (; i < to; i++) {
			if (ledger.isBlank(i) || ledger.isFurniture(i)) {
				if (!wrapped.isEmpty()) {
					names.add(wrapped.toString());
					wrapped.setLength(0);
				}
				continue;
			}
			String line = ledger.text(i);
			if (!ledger.isFree(i) || DatePrefix.of(line) != null || TOTAL.matcher(line).matches() || line.indexOf('\t') >= 0) {
				break;
			}
			mark(i, columns);
			WrappedText.append(wrapped, line);
		}
		if (!wrapped.isEmpty()) {
			names.add(wrapped.toString());
		}
		if (columns != null) {
			// "Date", "Event" and, in a wrapped header, "Date Event" on one line: the rest name the scores
			names.stream().map(String::strip).filter(n -> !n.isEmpty() && !n.matches("Date(\\s+Event)?|Event")).forEach(columns::add);
		}
		return i;
	}

	private void mark(int index, List<String> columns) {
		if (columns != null) {
			ledger.place(index, "table header");
		} else {
			ledger.furniture(index, FurnitureKind.REPEATED_TABLE_HEADER);
		}
	}

	private Total readTotal(int at, int to) {
		List<Integer> values = new ArrayList<>();
		String colour = null;
		int last = at;
		String text = ledger.text(at).substring("Total".length());
		for (int i = at;;) {
			for (String token : text.replace('\t', ' ').strip().split("\\s+")) {
				Matcher c = COLOUR.matcher(token);
				if (ScoreToken.is(token)) {
					values.add(ScoreToken.value(token));
				} else if (c.matches()) {
					colour = c.group(1);
				}
			}
			ledger.place(i, "catalogue total");
			last = i;
			i = nextFree(i + 1, to);
			if (i < 0 || !isTotalContinuation(ledger.text(i))) {
				break;
			}
			text = ledger.text(i);
		}
		return new Total(List.copyOf(values), colour, new SourceSpan(ledger.line(at), ledger.line(last)));
	}

	/** A line of a Total row's figures wrapped below it: "-8", "(Yellow)". */
	private static boolean isTotalContinuation(String line) {
		for (String token : line.replace('\t', ' ').strip().split("\\s+")) {
			if (!ScoreToken.is(token) && !COLOUR.matcher(token).matches()) {
				return false;
			}
		}
		return true;
	}

	/** A row printed with its cells separated by tabs. */
	private Row cellRow(int index) {
		String[] cells = ledger.line(index).text().split("\t");
		String date = cells[0].strip();
		if (!date.equals(DatePrefix.of(date))) {
			return null; // not a row: left for the report
		}
		StringBuilder description = new StringBuilder();
		List<String> scoreTokens = new ArrayList<>();
		int c = 1;
		for (; c < cells.length && !isScoreCell(cells[c]); c++) {
			if (!cells[c].isBlank()) {
				WrappedText.append(description, cells[c].strip());
			}
		}
		for (; c < cells.length; c++) {
			scoreTokens.addAll(Arrays.asList(cells[c].strip().split("\\s+")));
		}
		scoreTokens.removeIf(String::isEmpty);
		return row(date, description.toString(), scoreTokens, SourceSpan.of(ledger.line(index)));
	}

	private static boolean isScoreCell(String cell) {
		String[] tokens = cell.strip().split("\\s+");
		return !cell.isBlank() && Arrays.stream(tokens).allMatch(ScoreToken::is);
	}

	private Row row(String date, String description, List<String> scoreTokens, SourceSpan where) {
		List<Integer> scores = new ArrayList<>();
		List<Integer> extras = new ArrayList<>();
		for (String token : scoreTokens) {
			(scores.size() < scoreColumns ? scores : extras).add(ScoreToken.value(token));
		}
		while (scores.size() < scoreColumns) {
			scores.add(null);
		}
		return new Row(date, description, java.util.Collections.unmodifiableList(scores), List.copyOf(extras), where);
	}

	private RowDraft finish(RowDraft draft, List<Row> rows) {
		if (draft != null) {
			rows.add(draft.toRow());
		}
		return null;
	}

	/** A wrapped row while its lines are read. */
	private final class RowDraft {
		String date;
		final List<String> pieces = new ArrayList<>();
		final List<Integer> lines = new ArrayList<>();

		void add(int index, String piece) {
			lines.add(index);
			ledger.place(index, "catalogue row");
			if (!piece.isEmpty()) {
				pieces.add(piece);
			}
		}

		/** Whether the row's text ends in as many scores as the table has columns. */
		boolean complete() {
			return trailingScores(WrappedText.join(pieces)) >= scoreColumns;
		}

		Row toRow() {
			SourceSpan where = new SourceSpan(ledger.line(lines.get(0)), ledger.line(lines.get(lines.size() - 1)));
			List<String> scoreTokens;
			String description;
			String last = pieces.isEmpty() ? "" : pieces.get(pieces.size() - 1);
			if (pieces.size() > 1 && trailingScores(last) == last.split("\\s+").length) {
				// the scores stand on a line of their own: a sign-like token ending the text above is the description's
				scoreTokens = Arrays.asList(last.split("\\s+"));
				description = WrappedText.join(pieces.subList(0, pieces.size() - 1));
			} else {
				String text = WrappedText.join(pieces);
				String[] tokens = text.isEmpty() ? new String[0] : text.split("\\s+");
				int k = trailingScores(text);
				scoreTokens = Arrays.asList(tokens).subList(tokens.length - k, tokens.length);
				description = text;
				for (int t = 0; t < k; t++) {
					description = description.replaceFirst("\\s*\\S+$", "");
				}
			}
			return row(date, description, scoreTokens, where);
		}
	}

	private static int trailingScores(String text) {
		String[] tokens = text.strip().split("\\s+");
		int k = 0;
		for (int i = tokens.length - 1; i >= 0 && ScoreToken.is(tokens[i]); i--) {
			k++;
		}
		return k;
	}
}
