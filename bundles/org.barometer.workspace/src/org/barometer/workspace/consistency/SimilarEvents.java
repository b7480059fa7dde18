package org.barometer.workspace.consistency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

	private record Entry<T>(T item, String group, Set<String> tokens, List<Integer> scores) {
	}

	private final List<Entry<T>> entries = new ArrayList<>();
	private final Map<T, Entry<T>> byItem = new HashMap<>();

	public SimilarEvents(Collection<T> items, Function<T, String> group, Function<T, String> description,
			Function<T, List<Integer>> scores) {
		for (T item : items) {
			Entry<T> entry = new Entry<>(item, group.apply(item), DescriptionTokens.of(description.apply(item)), scores.apply(item));
			entries.add(entry);
			byItem.put(item, entry);
		}
	}

	/** The other events of the item's group at least {@code threshold} alike, most alike first. */
	public List<Match<T>> similarTo(T item, double threshold) {
		Entry<T> query = byItem.get(item);
		if (query == null || query.tokens().isEmpty()) {
			return List.of();
		}
		List<Match<T>> matches = new ArrayList<>();
		for (Entry<T> entry : entries) {
			if (entry != query && entry.group().equals(query.group())) {
				double similarity = DescriptionSimilarity.of(query.tokens(), entry.tokens());
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
	 * the first |x| − ⌈t·|x|⌉ + 1 of each), so an archive is not compared pair by pair.
	 */
	public List<Pair<T>> disagreements(double threshold) {
		Map<String, Integer> frequency = new HashMap<>();
		for (Entry<T> entry : entries) {
			for (String token : entry.tokens()) {
				frequency.merge(entry.group() + '\u0000' + token, 1, Integer::sum);
			}
		}
		Map<String, List<Entry<T>>> index = new HashMap<>();
		List<Pair<T>> pairs = new ArrayList<>();
		for (Entry<T> entry : entries) {
			if (entry.scores().isEmpty()) {
				continue;
			}
			List<String> prefix = prefix(entry, frequency, threshold);
			Set<Entry<T>> seen = new HashSet<>();
			for (String key : prefix) {
				for (Entry<T> other : index.getOrDefault(key, List.of())) {
					if (seen.add(other) && !other.scores().equals(entry.scores())) {
						double similarity = DescriptionSimilarity.of(entry.tokens(), other.tokens());
						if (similarity >= threshold) {
							pairs.add(new Pair<>(other.item(), entry.item(), similarity));
						}
					}
				}
			}
			for (String key : prefix) {
				index.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
			}
		}
		return pairs;
	}

	private static <T> List<String> prefix(Entry<T> entry, Map<String, Integer> frequency, double threshold) {
		List<String> keys = new ArrayList<>();
		for (String token : entry.tokens()) {
			keys.add(entry.group() + '\u0000' + token);
		}
		keys.sort(Comparator.comparingInt((String key) -> frequency.get(key)).thenComparing(Comparator.naturalOrder()));
		int size = keys.size();
		int length = size - (int) Math.ceil(threshold * size - 1e-9) + 1;
		return keys.subList(0, Math.max(0, Math.min(size, length)));
	}
}
