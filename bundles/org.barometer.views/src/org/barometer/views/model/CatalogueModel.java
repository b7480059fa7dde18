package org.barometer.views.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.barometer.workspace.consistency.DescriptionSimilarity;
import org.barometer.workspace.consistency.SimilarEvents;

/**
 * Every event of the archive, filtered and sorted for the Catalogue view, and the comparable
 * events of one of them in the other issues. Plain Java: the view only draws what this returns.
 */
public final class CatalogueModel {

	/** A comparable event of another issue. */
	public record Similar(CatalogueRow row, double similarity) {
	}

	private final List<CatalogueRow> rows;
	private SimilarEvents<CatalogueRow> similarity;

	public CatalogueModel(List<CatalogueRow> rows) {
		this.rows = List.copyOf(rows);
	}

	public List<CatalogueRow> rows() {
		return rows;
	}

	/** The rows that pass the filter, stably sorted by the column (ties keep the archive's order). */
	public List<CatalogueRow> visible(CatalogueFilter filter, CatalogueColumn column, boolean ascending) {
		List<CatalogueRow> visible = new ArrayList<>();
		for (CatalogueRow row : rows) {
			if (filter.test(row)) {
				visible.add(row);
			}
		}
		if (column != null) {
			Comparator<CatalogueRow> order = column.order();
			visible.sort(ascending ? order : order.reversed());
		}
		return visible;
	}

	/** The sections present, in the order first met (relationships, then Security). */
	public List<String> sections() {
		List<String> sections = new ArrayList<>();
		rows.stream().map(CatalogueRow::section).distinct().filter(s -> !CatalogueReader.SECURITY.equals(s)).forEach(sections::add);
		if (rows.stream().anyMatch(r -> CatalogueReader.SECURITY.equals(r.section()))) {
			sections.add(CatalogueReader.SECURITY);
		}
		return sections;
	}

	/** The periods present, in chronological order. */
	public List<String> periods() {
		return rows.stream().sorted(CatalogueColumn.ISSUE.order()).map(CatalogueRow::period).filter(p -> !p.isEmpty()).distinct()
				.toList();
	}

	public Set<Integer> scores() {
		Set<Integer> scores = new TreeSet<>();
		rows.forEach(r -> scores.addAll(r.scores()));
		return scores;
	}

	/** Comparable events of the row in other issues, most alike first. */
	public List<Similar> similarTo(CatalogueRow row) {
		if (similarity == null) {
			similarity = new SimilarEvents<>(rows, CatalogueRow::group, CatalogueRow::description, CatalogueRow::scores);
		}
		return similarity.similarTo(row, DescriptionSimilarity.COMPARABLE).stream()
				.filter(m -> !Objects.equals(m.item().source(), row.source()))
				.map(m -> new Similar(m.item(), m.similarity())).toList();
	}
}
