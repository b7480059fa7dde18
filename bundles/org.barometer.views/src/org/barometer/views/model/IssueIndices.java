package org.barometer.views.model;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;

/**
 * The indices of one issue, read once from its model: plain values that the views show and
 * that stay valid whatever later happens to the model.
 *
 * @param source      the file, to open it again
 * @param periodStart first day of the period, or null when the period is incomplete
 * @param security    the security indices, 0 (with their band) when the issue has no security events
 * @param scale       the bands of the profile's colour scale, in the profile's order
 */
public record IssueIndices(URI source, int number, String periodLabel, LocalDate periodStart,
		List<RelationshipFigures> relationships, SecurityFigures security, List<BandView> scale) {

	// compiled once: the Catalogue view abbreviates the period of every row it measures and shows
	private static final Pattern PERIOD_PARTS = Pattern.compile("[\u2013 ]");

	/** "№ 18 · November–December 2020" */
	public String label() {
		return "№ " + number + (periodLabel.isEmpty() ? "" : " · " + periodLabel);
	}

	/** "18 Nov–Dec 2020", for axes and narrow columns. */
	public String shortLabel() {
		return number + (periodLabel.isEmpty() ? "" : " " + abbreviated(periodLabel));
	}

	/** "November–December 2020" → "Nov–Dec 2020" */
	public static String abbreviated(String periodLabel) {
		String[] parts = PERIOD_PARTS.split(periodLabel);
		return parts.length == 3 && parts[0].length() >= 3 && parts[1].length() >= 3
				? parts[0].substring(0, 3) + "\u2013" + parts[1].substring(0, 3) + " " + parts[2] : periodLabel;
	}

	public RelationshipFigures relationship(String name) {
		return relationships.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
	}
}
