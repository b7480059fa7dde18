package org.barometer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.barometer.model.Band;
import org.barometer.model.ColourScale;
import org.barometer.model.Issue;
import org.barometer.model.Month;
import org.barometer.model.PublicationProfile;
import org.barometer.model.SecuritySection;
import org.barometer.model.scale.ScaleCoverage;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The colour scale as data: lookup, the published hole at -1, overlaps, the printed range texts. */
class ScaleTest {

	private final PublicationProfile profile = ModelFixtures.publishedProfile();
	private final ColourScale scale = profile.getScale();

	@Test
	void publishedScaleLeavesMinusOneInNoBand() {
		List<ScaleCoverage.Gap> gaps = ScaleCoverage.of(scale).gaps();
		assertEquals(1, gaps.size());
		assertEquals(-1, gaps.get(0).from());
		assertEquals(-1, gaps.get(0).to());
		assertEquals("Green", gaps.get(0).below().getName());
		assertEquals("White", gaps.get(0).above().getName());
		assertTrue(ScaleCoverage.of(scale).overlaps().isEmpty());
		assertNull(scale.bandOf(-1));
	}

	@Test
	void findsTheBandOfPublishedTotals() {
		assertEquals("Yellow", scale.bandOf(-8).getName());
		assertEquals("Yellow", scale.bandOf(-12).getName());
		assertEquals("Orange", scale.bandOf(-13).getName());
		assertEquals("Red", scale.bandOf(-40).getName());
		assertEquals("White", scale.bandOf(0).getName());
		assertEquals("White", scale.bandOf(5).getName());
		assertEquals("Green", scale.bandOf(-2).getName());
	}

	@Test
	void reportsOverlapsAndOpenEnds() {
		ColourScale overlapping = ModelFixtures.FACTORY.createColourScale();
		overlapping.getBands().add(ModelFixtures.band("A", ModelFixtures.bound(0, true), ModelFixtures.bound(5, true)));
		overlapping.getBands().add(ModelFixtures.band("B", ModelFixtures.bound(3, true), ModelFixtures.bound(9, true)));
		ScaleCoverage coverage = ScaleCoverage.of(overlapping);
		assertEquals(1, coverage.overlaps().size());
		assertEquals(3, coverage.overlaps().get(0).from());
		assertEquals(5, coverage.overlaps().get(0).to());
		assertEquals(2, coverage.gaps().size(), "below 0 and above 9");
		assertEquals(2, overlapping.bandsContaining(4).size());
		assertNull(overlapping.bandOf(4));
	}

	@Test
	void rangeTextsReadAsPublished() {
		assertEquals("higher than -1", band("White").rangeText());
		assertEquals("from -2 to -6", band("Green").rangeText());
		assertEquals("-18 and lower", band("Red").rangeText());
	}

	@Test
	void securitySectionFindsTheBandOfItsRegionalTotal() {
		Issue issue = ModelFixtures.issue(Month.NOVEMBER, Month.DECEMBER, 2020);
		issue.setProfile(profile);
		SecuritySection section = ModelFixtures.security(issue, ModelFixtures.securityEvent("November", 0, -5),
				ModelFixtures.securityEvent("December", 1, -3));
		assertEquals(-8, section.getRegionalTensionIndex());
		assertEquals("Yellow", section.regionalBand().getName());
	}

	@Property
	void everyValueButMinusOneIsInExactlyOneBand(@ForAll @IntRange(min = -1000, max = 1000) int value) {
		assertEquals(value == -1 ? 0 : 1, scale.bandsContaining(value).size());
	}

	private Band band(String name) {
		return scale.getBands().stream().filter(b -> b.getName().equals(name)).findFirst().orElseThrow();
	}
}
