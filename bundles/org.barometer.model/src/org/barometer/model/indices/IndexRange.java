package org.barometer.model.indices;

/** The values an index can hold: those of an int, since the model's derived figures are ints. */
final class IndexRange {

	private IndexRange() {
	}

	static boolean exceeds(long sum) {
		return sum < Integer.MIN_VALUE || sum > Integer.MAX_VALUE;
	}
}
