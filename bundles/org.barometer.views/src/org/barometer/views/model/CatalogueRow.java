package org.barometer.views.model;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;

/**
 * One event of the archive as the Catalogue view lists it.
 *
 * @param section   the relationship's name, or "Security"
 * @param group     what it is comparable with (see ComparableEvents)
 * @param dateStart first day of the date, null when missing or unreadable
 * @param scores    one score, or national and regional for a security event
 * @param offset    where the event's text starts in the file, -1 when unknown
 */
public record CatalogueRow(URI source, int issueNumber, String period, LocalDate periodStart, String section, String group,
		String date, LocalDate dateStart, String description, List<Integer> scores, int offset, int length) {

	public String scoresText() {
		return scores.isEmpty() ? "?" : String.join(" ", scores.stream().map(Signed::of).toList());
	}

	/** "18 · Nov–Dec 2020" */
	public String issueLabel() {
		return issueNumber + (period.isEmpty() ? "" : " \u00b7 " + IssueIndices.abbreviated(period));
	}
}
