package org.barometer.workspace.consistency;

/** Descriptions as sorted arrays of word numbers: how many words two of them share, by one merge. */
final class SortedWords {

	private SortedWords() {
	}

	/** The words a and b share. */
	static int shared(int[] a, int[] b) {
		return sharedFrom(a, 0, b, 0, 0, 0);
	}

	/**
	 * The words shared from a[i] and b[j] on, added to those already counted; stops early, with a
	 * count below needed, once the words left could no longer bring it to needed.
	 */
	static int sharedFrom(int[] a, int i, int[] b, int j, int counted, int needed) {
		int shared = counted;
		while (i < a.length && j < b.length) {
			if (shared + Math.min(a.length - i, b.length - j) < needed) {
				return shared;
			}
			if (a[i] == b[j]) {
				shared++;
				i++;
				j++;
			} else if (a[i] < b[j]) {
				i++;
			} else {
				j++;
			}
		}
		return shared;
	}
}
