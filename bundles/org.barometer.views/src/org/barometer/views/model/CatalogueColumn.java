package org.barometer.views.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

/** The Catalogue view's columns: what each shows and how it sorts. */
public enum CatalogueColumn {

	ISSUE("Issue", 130, CatalogueRow::issueLabel,
			Comparator.comparing(CatalogueRow::periodStart, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
					.thenComparingInt(CatalogueRow::issueNumber)),
	SECTION("Section", 90, CatalogueRow::section, Comparator.comparing(CatalogueRow::section)),
	DATE("Date", 150, CatalogueRow::date,
			Comparator.comparing(CatalogueRow::dateStart, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))),
	EVENT("Event", 600, CatalogueRow::description, Comparator.comparing(CatalogueRow::description, String.CASE_INSENSITIVE_ORDER)),
	SCORE("Score", 70, CatalogueRow::scoresText, Comparator.comparingInt((CatalogueRow row) -> row.scores().isEmpty() ? 0 : row.scores().get(0))
			.thenComparingInt(row -> row.scores().size() > 1 ? row.scores().get(1) : 0));

	private final String title;
	private final int width;
	private final Function<CatalogueRow, String> text;
	private final Comparator<CatalogueRow> order;

	CatalogueColumn(String title, int width, Function<CatalogueRow, String> text, Comparator<CatalogueRow> order) {
		this.title = title;
		this.width = width;
		this.text = text;
		this.order = order;
	}

	public String title() {
		return title;
	}

	public int width() {
		return width;
	}

	public String text(CatalogueRow row) {
		return text.apply(row);
	}

	public Comparator<CatalogueRow> order() {
		return order;
	}
}
