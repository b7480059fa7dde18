package org.barometer.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.barometer.model.Event;
import org.barometer.model.Issue;
import org.barometer.workspace.consistency.ComparableEvents;
import org.barometer.workspace.consistency.DescriptionSimilarity;
import org.barometer.workspace.consistency.DescriptionTokens;
import org.barometer.workspace.consistency.ScoringConsistency;
import org.barometer.workspace.consistency.SimilarEvents;
import org.junit.jupiter.api.Test;

/** Similar-event detection: the normalisation, known pairs of the examples, and the fast pair search against the obvious one. */
class SimilarEventsTest {

	@Test
	void descriptionsWordedAlikeAreTheSame() {
		assertEquals(1.0, DescriptionSimilarity.of("Telephone conversation between Mishustin and Haloŭčanka",
				"Telephone conversations between Mishustin and Haloucanka"), 1e-9, "plural and diacritics");
		assertEquals(1.0, DescriptionSimilarity.of("22 exercises of Russia", "15 exercises of Russia"), 1e-9, "counts");
		assertEquals(Set.of("lavrov", "visit", "minsk"), DescriptionTokens.of("Lavrov’s visit to Minsk"));
		assertTrue(DescriptionSimilarity.of("Lavrov’s visit to Minsk", "Opening of the Confucius Institute") == 0);
		assertEquals(0, DescriptionSimilarity.of("", "anything"), 1e-9);
	}

	@Test
	void knownPairsOfTheExamples() {
		List<Event> events = ScoringConsistency.eventsOf(Examples.issues());
		SimilarEvents<Event> index = new SimilarEvents<>(events, ComparableEvents::group, Event::getDescription, ComparableEvents::scores);
		Event call = find(events, "Telephone conversation between Mishustin and Haloŭčanka");
		assertTrue(index.similarTo(call, DescriptionSimilarity.NEAR_IDENTICAL).stream()
				.anyMatch(m -> m.item() != call && m.item().getDescription().equals(call.getDescription())), "its twin in issue 18");
		Event media = find(events, "Numerous negative materials in the official media and statements by the country's leadership about the EU");
		assertTrue(index.similarTo(media, DescriptionSimilarity.NEAR_IDENTICAL).stream()
				.anyMatch(m -> m.item().getDescription().startsWith("Numerous negative materials") && m.similarity() < 1),
				"issue 18 rewords issue 17's row");
		Event visit = find(events, "Lavrov’s visit to Minsk");
		assertTrue(index.similarTo(visit, DescriptionSimilarity.COMPARABLE).stream()
				.anyMatch(m -> m.item().getDescription().equals("Mishustin’s visit to Minsk")), "visits to Minsk are comparable");
		assertTrue(index.similarTo(visit, DescriptionSimilarity.COMPARABLE).stream().allMatch(m -> !(m.item() instanceof org.barometer.model.SecurityEvent)),
				"never compared with a security event");
	}

	@Test
	void theOneDisagreementOfTheExamplesIsRussiasExercises() {
		List<SimilarEvents.Pair<Event>> pairs = ScoringConsistency.disagreements(Examples.issues());
		assertEquals(1, pairs.size(), pairs.stream().map(p -> p.first().getDescription() + " / " + p.second().getDescription()).toList().toString());
		Set<String> descriptions = Set.of(pairs.get(0).first().getDescription(), pairs.get(0).second().getDescription());
		assertEquals(Set.of("22 exercises of Russia", "15 exercises of Russia"), descriptions);
	}

	/** A score not given yet ({@code ?}) is no score: it reads as no disagreement, not as 0. */
	@Test
	void anEventWhoseScoreIsNotGivenYetDisagreesWithNone() {
		List<Issue> issues = Examples.issues();
		org.barometer.model.SecurityEvent exercises = (org.barometer.model.SecurityEvent) find(ScoringConsistency.eventsOf(issues), "15 exercises of Russia");
		exercises.unsetRegional(); // "0 ?": read as "0 0" it would disagree with issue 17's "0 -2"
		assertEquals(List.of(), ScoringConsistency.disagreements(issues));
		assertEquals(List.of(), ComparableEvents.scores(exercises));
	}

	@Test
	void theDiagnosticSaysBothScoresAndWhereTheOtherOneIs() {
		List<Issue> issues = Examples.issues();
		var byResource = ScoringConsistency.diagnostics(issues);
		var ofIssue18 = byResource.get(Examples.issue(issues, 18).eResource());
		assertEquals(1, ofIssue18.size());
		assertEquals("Scored 0 -1 here; a near-identical event is scored 0 -2 in issue 17, security: \"22 exercises of Russia\".",
				ofIssue18.get(0).getMessage());
		assertEquals(ScoringConsistency.CODE, ofIssue18.get(0).getCode());
	}

	/** The prefix-filtered pair search finds exactly the pairs that comparing every pair finds. */
	@Test
	void prefixFilteringMissesNoPair() {
		Random random = new Random(20201231);
		String[] words = { "visit", "minister", "telephone", "call", "meeting", "summit", "sanctions", "trade", "forum", "statement",
				"exercise", "border", "loan", "oil", "gas", "agreement" };
		List<String[]> items = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			int size = 2 + random.nextInt(4);
			StringBuilder description = new StringBuilder();
			for (int w = 0; w < size; w++) {
				description.append(words[random.nextInt(words.length)]).append(' ');
			}
			items.add(new String[] { description.toString(), String.valueOf(random.nextInt(3) - 1), i % 7 == 0 ? "security" : "relationship" });
		}
		for (double threshold : new double[] { 0.5, 0.8, 1.0 }) {
			SimilarEvents<String[]> index = new SimilarEvents<>(items, item -> item[2], item -> item[0], item -> List.of(Integer.valueOf(item[1])));
			Set<String> fast = new HashSet<>();
			index.disagreements(threshold).forEach(p -> fast.add(key(items, p.first(), p.second())));
			Set<String> slow = new HashSet<>();
			for (int i = 0; i < items.size(); i++) {
				for (int j = i + 1; j < items.size(); j++) {
					String[] a = items.get(i);
					String[] b = items.get(j);
					if (a[2].equals(b[2]) && !a[1].equals(b[1]) && DescriptionSimilarity.of(a[0], b[0]) >= threshold) {
						slow.add(key(items, a, b));
					}
				}
			}
			assertTrue(!slow.isEmpty(), "the data has disagreements at " + threshold);
			assertEquals(slow, fast, "at threshold " + threshold);
		}
	}

	/**
	 * Long and short descriptions over a vocabulary of common and rare words, many alike: the
	 * search (sets in ascending size, found through their rarest words, dropped at the first shared
	 * word when the rest cannot make them alike enough) finds exactly the pairs that comparing every
	 * pair finds, at every threshold, each once, by the later item and then the earlier.
	 */
	@Test
	void thePairSearchFindsWhatComparingEveryPairFinds() {
		Random random = new Random(20261205);
		String[] words = new String[40];
		for (int w = 0; w < words.length; w++) {
			words[w] = "word" + (char) ('a' + w % 26) + (char) ('a' + w / 26);
		}
		List<String[]> items = new ArrayList<>();
		for (int i = 0; i < 700; i++) {
			StringBuilder description = new StringBuilder();
			if (i > 0 && random.nextInt(3) == 0) { // a near copy of an earlier row: one word more, less or another
				String[] earlier = items.get(random.nextInt(items.size()))[0].trim().split(" ");
				List<String> copy = new ArrayList<>(List.of(earlier));
				switch (random.nextInt(3)) {
				case 0 -> copy.add(words[random.nextInt(words.length)]);
				case 1 -> copy.remove(random.nextInt(copy.size()));
				default -> copy.set(random.nextInt(copy.size()), words[random.nextInt(words.length)]);
				}
				copy.forEach(word -> description.append(word).append(' '));
			} else {
				int size = 1 + random.nextInt(14);
				for (int w = 0; w < size; w++) {
					// skewed: the first words are common, the last rare
					description.append(words[(int) (words.length * Math.pow(random.nextDouble(), 2))]).append(' ');
				}
			}
			items.add(new String[] { description.toString(), String.valueOf(random.nextInt(3) - 1), i % 5 == 0 ? "security" : "relationship" });
		}
		for (double threshold : new double[] { 0.3, 0.5, 2.0 / 3, 0.75, 0.8, 0.9, 1.0 }) {
			SimilarEvents<String[]> index = new SimilarEvents<>(items, item -> item[2], item -> item[0], item -> List.of(Integer.valueOf(item[1])));
			List<String> fast = index.disagreements(threshold).stream().map(p -> key(items, p.first(), p.second())).toList();
			List<String> slow = new ArrayList<>();
			for (int j = 0; j < items.size(); j++) {
				for (int i = 0; i < j; i++) {
					String[] a = items.get(i);
					String[] b = items.get(j);
					if (a[2].equals(b[2]) && !a[1].equals(b[1]) && DescriptionSimilarity.of(a[0], b[0]) >= threshold) {
						slow.add(key(items, a, b));
					}
				}
			}
			assertTrue(slow.size() > 10, "the data has disagreements at " + threshold + ": " + slow.size());
			assertEquals(slow, fast, "at threshold " + threshold);
		}
	}

	private static String key(List<String[]> items, String[] a, String[] b) {
		int i = items.indexOf(a);
		int j = items.indexOf(b);
		return Math.min(i, j) + "-" + Math.max(i, j);
	}

	private static Event find(List<Event> events, String description) {
		return events.stream().filter(e -> e.getDescription() != null && e.getDescription().startsWith(description)).findFirst()
				.orElseThrow(() -> new AssertionError("no event " + description));
	}
}
