package org.barometer.views.model;

import java.util.List;

/** A relationship's computed indices in one issue, with the stated figures that disagree. */
public record RelationshipFigures(String name, String title, int positive, int negative, int aggregate,
		List<StatedDifference> differences) {

	/** The stated figure of that kind ("aggregate", "positive", "negative", "total") where it differs, else null. */
	public StatedDifference difference(String figure) {
		return differences.stream().filter(d -> d.figure().equals(figure)).findFirst().orElse(null);
	}
}
