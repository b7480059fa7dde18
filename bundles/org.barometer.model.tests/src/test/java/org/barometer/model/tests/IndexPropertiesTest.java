package org.barometer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.barometer.model.Issue;
import org.barometer.model.Month;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecuritySection;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The indices are sums, so they obey the laws of sums whatever the catalogue. */
class IndexPropertiesTest {

	@Property
	void aggregateIsPositivePlusNegative(@ForAll @Size(max = 200) List<@IntRange(min = -4, max = 4) Integer> scores) {
		RelationshipSection section = sectionOf(scores);
		assertEquals(section.getPositivePoints() + section.getNegativePoints(), section.getAggregateIndex());
	}

	@Property
	void positiveAndNegativePointsHaveTheirSign(@ForAll @Size(max = 200) List<@IntRange(min = -4, max = 4) Integer> scores) {
		RelationshipSection section = sectionOf(scores);
		assertEquals(scores.stream().filter(s -> s > 0).mapToInt(Integer::intValue).sum(), section.getPositivePoints());
		assertEquals(scores.stream().filter(s -> s < 0).mapToInt(Integer::intValue).sum(), section.getNegativePoints());
	}

	@Property
	void totalsDoNotDependOnEventOrder(@ForAll @Size(max = 200) List<@IntRange(min = -4, max = 4) Integer> scores,
			@ForAll long seed) {
		List<Integer> shuffled = new ArrayList<>(scores);
		Collections.shuffle(shuffled, new Random(seed));
		RelationshipSection original = sectionOf(scores);
		RelationshipSection reordered = sectionOf(shuffled);
		assertEquals(original.getAggregateIndex(), reordered.getAggregateIndex());
		assertEquals(original.getPositivePoints(), reordered.getPositivePoints());
		assertEquals(original.getNegativePoints(), reordered.getNegativePoints());
	}

	@Property
	void securityIndicesAreTheSumsOfTheirAxis(@ForAll @Size(max = 100) List<@IntRange(min = -4, max = 4) Integer> national,
			@ForAll long seed) {
		Issue issue = ModelFixtures.issue(Month.NOVEMBER, Month.DECEMBER, 2020);
		Random random = new Random(seed);
		SecuritySection section = ModelFixtures.security(issue);
		int regionalSum = 0;
		for (int score : national) {
			int regional = random.nextInt(9) - 4;
			regionalSum += regional;
			section.getEvents().add(ModelFixtures.securityEvent("November", score, regional));
		}
		assertEquals(national.stream().mapToInt(Integer::intValue).sum(), section.getNationalSecurityIndex());
		assertEquals(regionalSum, section.getRegionalTensionIndex());
	}

	@Property
	void securityTotalsDoNotDependOnEventOrder(@ForAll @Size(max = 100) List<@IntRange(min = -4, max = 4) Integer> national,
			@ForAll @Size(max = 100) List<@IntRange(min = -4, max = 4) Integer> regional, @ForAll long seed) {
		List<int[]> rows = new ArrayList<>();
		for (int i = 0; i < Math.min(national.size(), regional.size()); i++) {
			rows.add(new int[] { national.get(i), regional.get(i) });
		}
		List<int[]> shuffled = new ArrayList<>(rows);
		Collections.shuffle(shuffled, new Random(seed));
		SecuritySection original = securityOf(rows);
		SecuritySection reordered = securityOf(shuffled);
		assertEquals(original.getNationalSecurityIndex(), reordered.getNationalSecurityIndex());
		assertEquals(original.getRegionalTensionIndex(), reordered.getRegionalTensionIndex());
	}

	@Test
	void russiaCatalogueOfIssue18() {
		// the printed header says +18 and -4; its catalogue's rows sum to +17 and -3 (the total +14 agrees)
		RelationshipSection section = sectionOf(List.of(1, 2, 1, 1, 1, 1, 1, 2, 1, 1, -1, 1, 1, 1, 1, -1, -1, 1));
		assertEquals(17, section.getPositivePoints());
		assertEquals(-3, section.getNegativePoints());
		assertEquals(14, section.getAggregateIndex());
	}

	@Test
	void emptyCatalogueHasZeroIndices() {
		RelationshipSection section = sectionOf(List.of());
		assertEquals(0, section.getAggregateIndex());
		assertEquals(0, section.getPositivePoints());
		assertEquals(0, section.getNegativePoints());
	}

	private static RelationshipSection sectionOf(List<Integer> scores) {
		Issue issue = ModelFixtures.issue(Month.NOVEMBER, Month.DECEMBER, 2020);
		return ModelFixtures.section(issue, scores.stream().mapToInt(Integer::intValue).toArray());
	}

	private static SecuritySection securityOf(List<int[]> rows) {
		SecuritySection section = ModelFixtures.security(ModelFixtures.issue(Month.NOVEMBER, Month.DECEMBER, 2020));
		for (int[] row : rows) {
			section.getEvents().add(ModelFixtures.securityEvent("November", row[0], row[1]));
		}
		return section;
	}
}
