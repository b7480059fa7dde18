package org.barometer.workspace.consistency;

import java.util.Set;

/** How alike two descriptions are: the Jaccard index of their {@link DescriptionTokens}, from 0 to 1. */
public final class DescriptionSimilarity {

	/** At or above this, two events are the same kind of event worded alike: their scores should agree. */
	public static final double NEAR_IDENTICAL = 0.8;
	/** At or above this, an event is worth showing beside another as a comparable one. */
	public static final double COMPARABLE = 0.5;

	private DescriptionSimilarity() {
	}

	public static double of(String a, String b) {
		return of(DescriptionTokens.of(a), DescriptionTokens.of(b));
	}

	public static double of(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int shared = 0;
		Set<String> smaller = a.size() <= b.size() ? a : b;
		Set<String> larger = smaller == a ? b : a;
		for (String token : smaller) {
			if (larger.contains(token)) {
				shared++;
			}
		}
		return (double) shared / (a.size() + b.size() - shared);
	}
}
