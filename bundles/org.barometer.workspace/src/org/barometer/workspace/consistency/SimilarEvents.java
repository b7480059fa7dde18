package org.barometer.workspace.consistency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
	 * Every pair of the same group at least {@code threshold} alike whose scores differ; an event
	 * without scores (not given yet) disagrees with none. Uses
	 * prefix filtering (tokens in ascending frequency; two sets with Jaccard ≥ t share a token among
	 * the first |x| − ⌈t·|x|⌉ + 1 of each), so an archive is not compared pair by pair; and a
	 * length filter (Jaccard ≤ smaller size / larger size), so most candidates cost no merge.
	 */
	public List<Pair<T>> disagreements(double threshold) {
		Map<String, Integer> frequency = new HashMap<>();
		for (Entry<T> entry : entries) {
			for (int token : entry.tokens()) {
				frequency.merge(key(entry, token), 1, Integer::sum);
			}
		}
		Map<String, List<Entry<T>>> index = new HashMap<>();
		List<Pair<T>> pairs = new ArrayList<>();
		int[] comparedWith = new int[entries.size()]; // the entry each candidate was last compared with, plus one
		for (Entry<T> entry : entries) {
			if (entry.scores().isEmpty()) {
				continue;
			}
			List<String> prefix = prefix(entry, frequency, threshold);
			int size = entry.tokens().length;
			for (String key : prefix) {
				for (Entry<T> other : index.getOrDefault(key, List.of())) {
					if (comparedWith[other.number()] == entry.number() + 1) {
						continue;
					}
					comparedWith[other.number()] = entry.number() + 1;
					int otherSize = other.tokens().length;
					if (Math.min(size, otherSize) < threshold * Math.max(size, otherSize) - 1e-9 || other.scoredAs(entry)) {
						continue;
					}
					double similarity = similarity(entry.tokens(), other.tokens());
					if (similarity >= threshold) {
						pairs.add(new Pair<>(other.item(), entry.item(), similarity));
					}
				}
			}
			for (String key : prefix) {
				index.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
			}
		}
		return pairs;
	}

	/** The Jaccard index of two sorted token lists, as {@link DescriptionSimilarity#of(java.util.Set, java.util.Set)} computes it. */
	private static double similarity(int[] a, int[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int shared = 0;
		for (int i = 0, j = 0; i < a.length && j < b.length;) {
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
		return (double) shared / (a.length + b.length - shared);
	}

	private static String key(Entry<?> entry, int token) {
		return entry.group() + '\u0000' + token;
	}

	private static <T> List<String> prefix(Entry<T> entry, Map<String, Integer> frequency, double threshold) {
		List<String> keys = new ArrayList<>();
		for (int token : entry.tokens()) {
			keys.add(key(entry, token));
		}
		keys.sort(Comparator.comparingInt((String key) -> frequency.get(key)).thenComparing(Comparator.naturalOrder()));
		int size = keys.size();
		int length = size - (int) Math.ceil(threshold * size - 1e-9) + 1;
		return keys.subList(0, Math.max(0, Math.min(size, length)));
	}
}
