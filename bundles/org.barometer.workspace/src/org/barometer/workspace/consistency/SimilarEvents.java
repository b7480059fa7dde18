package org.barometer.workspace.consistency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Events (of any representation {@code T}) indexed by their description's tokens, to find the
 * comparable ones of an event and the near-identical pairs that were scored differently. Only
 * events of one group are compared (relationship events with relationship events, security
 * events with security events).
 */
public final class SimilarEvents<T> {

	public record Match<T>(T item, double similarity) {
	}

	public record Pair<T>(T first, T second, double similarity) {
	}

	/** An item with its description's tokens as sorted numbers (shared tokens are counted by a merge, without hashing). */
	private record Entry<T>(int number, T item, String group, int[] tokens, List<Integer> scores, int scoresHash) {

		/** Whether the scores are the same, mostly told by their hashes. */
		boolean scoredAs(Entry<?> other) {
			return scoresHash == other.scoresHash && scores.equals(other.scores);
		}
	}

	private final List<Entry<T>> entries = new ArrayList<>();
	private final Map<T, Entry<T>> byItem = new HashMap<>();
	private final Map<String, Integer> tokenNumbers = new HashMap<>();

	public SimilarEvents(Collection<T> items, Function<T, String> group, Function<T, String> description,
			Function<T, List<Integer>> scores) {
		for (T item : items) {
			int[] tokens = DescriptionTokens.of(description.apply(item)).stream()
					.mapToInt(token -> tokenNumbers.computeIfAbsent(token, t -> tokenNumbers.size())).sorted().toArray();
			List<Integer> itemScores = scores.apply(item);
			Entry<T> entry = new Entry<>(entries.size(), item, group.apply(item), tokens, itemScores, itemScores.hashCode());
			entries.add(entry);
			byItem.put(item, entry);
		}
	}

	/** The other events of the item's group at least {@code threshold} alike, most alike first. */
	public List<Match<T>> similarTo(T item, double threshold) {
		Entry<T> query = byItem.get(item);
		if (query == null || query.tokens().length == 0) {
			return List.of();
		}
		List<Match<T>> matches = new ArrayList<>();
		for (Entry<T> entry : entries) {
			if (entry != query && entry.group().equals(query.group())) {
				double similarity = similarity(query.tokens(), entry.tokens());
				if (similarity >= threshold) {
					matches.add(new Match<>(entry.item(), similarity));
				}
			}
		}
		matches.sort(Comparator.comparingDouble((Match<T> m) -> -m.similarity()));
		return matches;
	}

	/**
	 * Every pair of the same group at least {@code threshold} (above 0) alike whose scores differ;
	 * an event without scores (not given yet) disagrees with none. In the items' order: by the
	 * later item of each pair, then by the earlier. Found by {@link SimilarPairSearch}, so an
	 * archive is not compared pair by pair.
	 */
	public List<Pair<T>> disagreements(double threshold) {
		Map<String, List<Entry<T>>> groups = new LinkedHashMap<>();
		for (Entry<T> entry : entries) {
			if (!entry.scores().isEmpty()) {
				groups.computeIfAbsent(entry.group(), g -> new ArrayList<>()).add(entry);
			}
		}
		List<SimilarPairSearch.Found> found = new ArrayList<>();
		for (List<Entry<T>> group : groups.values()) {
			int[][] sets = group.stream().map(Entry::tokens).toArray(int[][]::new);
			for (SimilarPairSearch.Found pair : SimilarPairSearch.pairs(sets, tokenNumbers.size(), threshold,
					(first, second) -> !group.get(first).scoredAs(group.get(second)))) {
				// a group lists its entries in the items' order, so the lower number stays first
				found.add(new SimilarPairSearch.Found(group.get(pair.first()).number(), group.get(pair.second()).number(), pair.similarity()));
			}
		}
		found.sort(Comparator.comparingInt(SimilarPairSearch.Found::second).thenComparingInt(SimilarPairSearch.Found::first));
		List<Pair<T>> pairs = new ArrayList<>(found.size());
		for (SimilarPairSearch.Found pair : found) {
			pairs.add(new Pair<>(entries.get(pair.first()).item(), entries.get(pair.second()).item(), pair.similarity()));
		}
		return pairs;
	}

	/** The Jaccard index of two sorted token lists, as {@link DescriptionSimilarity#of(java.util.Set, java.util.Set)} computes it. */
	private static double similarity(int[] a, int[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int shared = SortedWords.shared(a, b);
		return (double) shared / (a.length + b.length - shared);
	}
}
