package org.barometer.views.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The Catalogue view's columns: what each shows and how it sorts. */
public enum CatalogueColumn {

	ISSUE("Issue", CatalogueRow::issueLabel, row -> List.of(row.issueNumber(), row.period()),
			Comparator.comparing(CatalogueRow::periodStart, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
					.thenComparingInt(CatalogueRow::issueNumber)),
	SECTION("Section", CatalogueRow::section, CatalogueRow::section, Comparator.comparing(CatalogueRow::section)),
	DATE("Date", CatalogueRow::date, CatalogueRow::date,
			Comparator.comparing(CatalogueRow::dateStart, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))),
	EVENT("Event", CatalogueRow::description, CatalogueRow::description, Comparator.comparing(CatalogueRow::description, String.CASE_INSENSITIVE_ORDER)),
	SCORE("Score", CatalogueRow::scoresText, CatalogueRow::scores, Comparator.comparingInt((CatalogueRow row) -> row.scores().isEmpty() ? 0 : row.scores().get(0))
			.thenComparingInt(row -> row.scores().size() > 1 ? row.scores().get(1) : 0));

	private final String title;
	private final Function<CatalogueRow, String> text;
	private final Function<CatalogueRow, Object> textSource;
	private final Comparator<CatalogueRow> order;

	CatalogueColumn(String title, Function<CatalogueRow, String> text, Function<CatalogueRow, Object> textSource,
			Comparator<CatalogueRow> order) {
		this.title = title;
		this.text = text;
		this.textSource = textSource;
		this.order = order;
	}

	public String title() {
		return title;
	}

	public String text(CatalogueRow row) {
		return text.apply(row);
	}

	/**
	 * The different texts of the column over the rows, each made once: rows with the same values
	 * behind the text (an issue's number and period, say) share it. The view sizes its short columns
	 * to these on every snapshot, over every row of the archive.
	 */
	public Set<String> texts(List<CatalogueRow> rows) {
		Set<Object> sources = new HashSet<>();
		Set<String> texts = new HashSet<>();
		for (CatalogueRow row : rows) {
			if (sources.add(textSource.apply(row))) {
				texts.add(text(row));
			}
		}
		return texts;
	}

	public Comparator<CatalogueRow> order() {
		return order;
	}
}
