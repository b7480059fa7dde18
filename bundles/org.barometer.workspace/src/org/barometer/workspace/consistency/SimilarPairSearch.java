package org.barometer.workspace.consistency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The pairs of token sets at least {@code threshold} alike (Jaccard index), found without
 * comparing every pair: the sets are taken in ascending size, their tokens in ascending frequency,
 * and a set is found only through its rarest tokens (prefix filtering, as in the AllPairs and
 * PPJoin algorithms). A pair is dropped at its first shared token when the tokens left after it
 * cannot make it alike enough (positional filter), and compared token by token only until it
 * cannot. On an archive whose rows share their rarest word with hundreds of others, almost every
 * candidate costs a few array reads.
 */
final class SimilarPairSearch {

	/** Decides whether a pair alike enough is wanted (its scores differ, say). */
	interface PairFilter {
		boolean wanted(int first, int second);
	}

	/** A pair of set numbers (as given), the lower first, with their Jaccard index. */
	record Found(int first, int second, double similarity) {
	}

	private static final double EPSILON = 1e-9;

	private SimilarPairSearch() {
	}

	/**
	 * Every pair of the sets at least {@code threshold} alike that the filter wants, ordered by
	 * their second then their first set. Each set holds distinct token numbers below {@code tokenCount},
	 * in any order; an empty set is like no other.
	 */
	static List<Found> pairs(int[][] sets, int tokenCount, double threshold, PairFilter filter) {
		if (!(threshold > 0)) {
			throw new IllegalArgumentException("The threshold must be above 0: " + threshold);
		}
		int[][] ranked = inFrequencyOrder(sets, tokenCount);
		Integer[] bySize = new Integer[sets.length];
		for (int i = 0; i < bySize.length; i++) {
			bySize[i] = i;
		}
		Arrays.sort(bySize, Comparator.comparingInt((Integer i) -> ranked[i].length).thenComparingInt(i -> i));

		Postings[] index = new Postings[tokenCount];
		int[] seen = new int[sets.length]; // the set each one was last met by, plus one
		List<Found> found = new ArrayList<>();
		for (int x : bySize) {
			int[] xs = ranked[x];
			int n = xs.length;
			if (n == 0) {
				continue;
			}
			int minSize = (int) Math.ceil(threshold * n - EPSILON);
			int probe = n - minSize + 1;
			for (int i = 0; i < probe; i++) {
				Postings postings = index[xs[i]];
				if (postings == null) {
					continue;
				}
				postings.dropSmallerThan(minSize);
				for (int p = postings.start; p < postings.count; p++) {
					int y = postings.sets[p];
					if (seen[y] == x + 1) {
						continue;
					}
					seen[y] = x + 1;
					int[] ys = ranked[y];
					int j = postings.positions[p];
					int needed = overlapNeeded(threshold, n, ys.length);
					// first shared token: none shared before it in either set, so the rest can add at most this
					if (1 + Math.min(n - i - 1, ys.length - j - 1) < needed) {
						continue;
					}
					int shared = SortedWords.sharedFrom(xs, i + 1, ys, j + 1, 1, needed); // xs[i] == ys[j]: one shared
					double similarity = (double) shared / (n + ys.length - shared);
					if (shared >= needed && similarity >= threshold && filter.wanted(Math.min(x, y), Math.max(x, y))) {
						found.add(new Found(Math.min(x, y), Math.max(x, y), similarity));
					}
				}
			}
			// indexed by fewer tokens than it probes with: every later set is at least as large
			int indexed = n - (int) Math.ceil(2 * threshold / (1 + threshold) * n - EPSILON) + 1;
			for (int k = 0; k < Math.min(n, indexed); k++) {
				if (index[xs[k]] == null) {
					index[xs[k]] = new Postings();
				}
				index[xs[k]].add(x, k, n);
			}
		}
		found.sort(Comparator.comparingInt(Found::second).thenComparingInt(Found::first));
		return found;
	}

	/** The smallest overlap of sets of these sizes whose Jaccard index can reach the threshold (rounded down a hair, never up). */
	private static int overlapNeeded(double threshold, int a, int b) {
		return Math.max(1, (int) Math.ceil(threshold / (1 + threshold) * (a + b) - EPSILON));
	}

	/** Each set's tokens renumbered by ascending frequency among the sets (ties by number) and sorted: the rarest first. */
	private static int[][] inFrequencyOrder(int[][] sets, int tokenCount) {
		int[] frequency = new int[tokenCount];
		for (int[] set : sets) {
			for (int token : set) {
				frequency[token]++;
			}
		}
		Integer[] tokens = new Integer[tokenCount];
		for (int t = 0; t < tokenCount; t++) {
			tokens[t] = t;
		}
		Arrays.sort(tokens, Comparator.comparingInt((Integer t) -> frequency[t]).thenComparingInt(t -> t));
		int[] rank = new int[tokenCount];
		for (int r = 0; r < tokenCount; r++) {
			rank[tokens[r]] = r;
		}
		int[][] ranked = new int[sets.length][];
		for (int s = 0; s < sets.length; s++) {
			ranked[s] = new int[sets[s].length];
			for (int k = 0; k < sets[s].length; k++) {
				ranked[s][k] = rank[sets[s][k]];
			}
			Arrays.sort(ranked[s]);
		}
		return ranked;
	}

	/** The sets indexed under one token, with the token's position in each, in ascending size (the order they are added). */
	private static final class Postings {
		int[] sets = new int[4];
		int[] positions = new int[4];
		int[] sizes = new int[4];
		int count;
		/** Sets before it are too small for every set still to come (those are never smaller). */
		int start;

		void add(int set, int position, int size) {
			if (count == sets.length) {
				sets = Arrays.copyOf(sets, count * 2);
				positions = Arrays.copyOf(positions, count * 2);
				sizes = Arrays.copyOf(sizes, count * 2);
			}
			sets[count] = set;
			positions[count] = position;
			sizes[count] = size;
			count++;
		}

		void dropSmallerThan(int size) {
			while (start < count && sizes[start] < size) {
				start++;
			}
		}
	}
}
