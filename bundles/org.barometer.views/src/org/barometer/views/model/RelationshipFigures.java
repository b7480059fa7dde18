package org.barometer.views.model;

import java.util.List;

import org.barometer.model.FigureKind;

/**
 * A relationship's computed indices in one issue, with the stated figures that disagree.
 *
 * @param events how many events its catalogue holds (0 in a new issue: its figures are not yet meaningful)
 */
public record RelationshipFigures(String name, String title, int positive, int negative, int aggregate, int events,
		List<StatedDifference> differences) {

	/** The stated figure of that kind where it differs from its own computed figure, else null. */
	public StatedDifference difference(FigureKind figure) {
		return differences.stream().filter(d -> d.figure() == figure).findFirst().orElse(null);
	}
}
