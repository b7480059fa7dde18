package org.barometer.views.model;

import java.util.List;

import org.barometer.model.FigureKind;

/**
 * The two security indices of an issue and the band of the regional one.
 *
 * @param events      how many security events the catalogue holds
 * @param band        the one band holding the regional index, or null
 * @param bandProblem why there is no band ("in no band of the scale", "in 2 bands: …"), or null
 * @param statedColour the colour printed in the issue when it is not the computed band's, else null
 */
public record SecurityFigures(String nationalTitle, int national, String regionalTitle, int regional, int events, BandView band,
		String bandProblem, List<StatedDifference> differences, String statedColour) {

	public StatedDifference difference(FigureKind figure) {
		return differences.stream().filter(d -> d.figure() == figure).findFirst().orElse(null);
	}
}
