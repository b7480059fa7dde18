package org.barometer.views.model;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the Catalogue view shows: rows whose description or date contains the text (ignoring
 * case), of one section, of one period, with one score (either score of a security event);
 * null or blank means "any".
 */
public record CatalogueFilter(String text, String section, String period, Integer score) implements Predicate<CatalogueRow> {

	public static final CatalogueFilter ANY = new CatalogueFilter(null, null, null, null);

	@Override
	public boolean test(CatalogueRow row) {
		if (section != null && !section.equals(row.section())) {
			return false;
		}
		if (period != null && !period.equals(row.period())) {
			return false;
		}
		if (score != null && !row.scores().contains(score)) {
			return false;
		}
		if (text != null && !text.isBlank()) {
			String needle = text.strip().toLowerCase(Locale.ROOT);
			return row.description().toLowerCase(Locale.ROOT).contains(needle) || row.date().toLowerCase(Locale.ROOT).contains(needle);
		}
		return true;
	}

	public CatalogueFilter withText(String newText) {
		return new CatalogueFilter(newText, section, period, score);
	}

	public CatalogueFilter withSection(String newSection) {
		return new CatalogueFilter(text, newSection, period, score);
	}

	public CatalogueFilter withPeriod(String newPeriod) {
		return new CatalogueFilter(text, section, newPeriod, score);
	}

	public CatalogueFilter withScore(Integer newScore) {
		return new CatalogueFilter(text, section, period, newScore);
	}
}
