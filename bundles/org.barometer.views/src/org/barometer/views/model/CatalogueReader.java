package org.barometer.views.model;

import java.util.ArrayList;
import java.util.List;

import org.barometer.model.Event;
import org.barometer.model.Issue;
import org.barometer.model.dates.DateSpan;
import org.barometer.workspace.consistency.ComparableEvents;
import org.barometer.workspace.consistency.ScoringConsistency;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The catalogue rows of an issue: every relationship event, then every security event. */
public final class CatalogueReader {

	public static final String SECURITY = "Security";

	private CatalogueReader() {
	}

	public static List<CatalogueRow> rows(Issue issue, IssueIndices indices) {
		List<CatalogueRow> rows = new ArrayList<>();
		for (Event event : ScoringConsistency.eventsOf(List.of(issue))) {
			rows.add(row(event, indices));
		}
		return rows;
	}

	private static CatalogueRow row(Event event, IssueIndices issue) {
		String section = ComparableEvents.SECURITY.equals(ComparableEvents.group(event)) ? SECURITY
				: ComparableEvents.sectionName(event);
		DateSpan span = event.span();
		ICompositeNode node = NodeModelUtils.findActualNodeFor(event);
		return new CatalogueRow(issue.source(), issue.number(), issue.periodLabel(), issue.periodStart(), section,
				ComparableEvents.group(event), event.getDate() == null || event.getDate().getText() == null ? "" : event.getDate().getText(),
				span == null ? null : span.start(), event.getDescription() == null ? "" : event.getDescription(),
				ComparableEvents.scores(event), node == null ? -1 : node.getOffset(), node == null ? 0 : node.getLength());
	}
}
