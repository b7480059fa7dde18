package org.barometer.views.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

/** The Catalogue view's columns: what each shows and how it sorts. */
public enum CatalogueColumn {

	ISSUE("Issue", CatalogueRow::issueLabel,
			Comparator.comparing(CatalogueRow::periodStart, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
					.thenComparingInt(CatalogueRow::issueNumber)),
	SECTION("Section", CatalogueRow::section, Comparator.comparing(CatalogueRow::section)),
	DATE("Date", CatalogueRow::date,
			Comparator.comparing(CatalogueRow::dateStart, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))),
	EVENT("Event", CatalogueRow::description, Comparator.comparing(CatalogueRow::description, String.CASE_INSENSITIVE_ORDER)),
	SCORE("Score", CatalogueRow::scoresText, Comparator.comparingInt((CatalogueRow row) -> row.scores().isEmpty() ? 0 : row.scores().get(0))
			.thenComparingInt(row -> row.scores().size() > 1 ? row.scores().get(1) : 0));

	private final String title;
	private final Function<CatalogueRow, String> text;
	private final Comparator<CatalogueRow> order;

	CatalogueColumn(String title, Function<CatalogueRow, String> text, Comparator<CatalogueRow> order) {
		this.title = title;
		this.text = text;
		this.order = order;
	}

	public String title() {
		return title;
	}

	public String text(CatalogueRow row) {
		return text.apply(row);
	}

	public Comparator<CatalogueRow> order() {
		return order;
	}
}
