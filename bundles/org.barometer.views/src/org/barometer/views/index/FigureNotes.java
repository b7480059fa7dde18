package org.barometer.views.index;

import java.util.ArrayList;
import java.util.List;

import org.barometer.model.FigureKind;
import org.barometer.views.model.RelationshipFigures;
import org.barometer.views.model.Signed;
import org.barometer.views.model.StatedDifference;

/**
 * The stated figures that have no column of their own in the Indices table, in words: the
 * appendix's Total row, which is compared with the computed total, never with the aggregate.
 */
final class FigureNotes {

	private FigureNotes() {
	}

	static List<String> of(List<RelationshipFigures> relationships) {
		List<String> notes = new ArrayList<>();
		for (RelationshipFigures figures : relationships) {
			StatedDifference total = figures.difference(FigureKind.TOTAL);
			if (total != null) {
				notes.add(figures.title() + ": the Total row prints " + Signed.of(total.stated()) + ", the events add up to "
						+ Signed.of(total.computed()) + ".");
			}
		}
		return notes;
	}
}
