package org.barometer.model.indices;

import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;

/**
 * The indices of a relationship, computed from its catalogue: positive points, negative
 * points and the aggregate index (their sum, which is also the appendix total). A row whose
 * score is not given yet (the placeholder {@code ?}) counts in none of them.
 */
public final class RelationshipIndices {

	private RelationshipIndices() {
	}

	public static int positivePoints(RelationshipSection section) {
		int sum = 0;
		for (RelationshipEvent event : section.getEvents()) {
			if (event.isSetScore()) {
				sum += Math.max(0, event.getScore());
			}
		}
		return sum;
	}

	public static int negativePoints(RelationshipSection section) {
		int sum = 0;
		for (RelationshipEvent event : section.getEvents()) {
			if (event.isSetScore()) {
				sum += Math.min(0, event.getScore());
			}
		}
		return sum;
	}

	public static int aggregateIndex(RelationshipSection section) {
		return positivePoints(section) + negativePoints(section);
	}

	/**
	 * Whether the points, or their sum, go beyond what an index holds (±2,147,483,647): the
	 * figures above would then wrap around, so the validator reports it and nothing exports.
	 */
	public static boolean exceedsIndexRange(RelationshipSection section) {
		long positive = 0;
		long negative = 0;
		for (RelationshipEvent event : section.getEvents()) {
			positive += Math.max(0, event.getScore());
			negative += Math.min(0, event.getScore());
		}
		return IndexRange.exceeds(positive) || IndexRange.exceeds(negative) || IndexRange.exceeds(positive + negative);
	}
}
