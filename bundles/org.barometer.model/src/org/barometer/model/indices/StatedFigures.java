package org.barometer.model.indices;

import org.barometer.model.RelationshipSection;
import org.barometer.model.SecuritySection;
import org.barometer.model.StatedFigure;

/** What a stated figure should read, given the section that states it. */
public final class StatedFigures {

	private StatedFigures() {
	}

	public static Integer computedValue(StatedFigure figure) {
		if (figure.eContainer() instanceof RelationshipSection section) {
			return switch (figure.getKind()) {
				case AGGREGATE, TOTAL -> section.getAggregateIndex();
				case POSITIVE -> section.getPositivePoints();
				case NEGATIVE -> section.getNegativePoints();
				default -> null;
			};
		}
		if (figure.eContainer() instanceof SecuritySection section) {
			return switch (figure.getKind()) {
				case NATIONAL -> section.getNationalSecurityIndex();
				case REGIONAL -> section.getRegionalTensionIndex();
				default -> null;
			};
		}
		return null;
	}
}
