package org.barometer.model.scale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.barometer.model.Band;
import org.barometer.model.ColourScale;

/**
 * Checks that a colour scale classifies every integer exactly once: reports the values that
 * fall in no band (gaps) and the values that fall in two (overlaps). Scores are integers, so
 * "higher than -1" and "from -2" leave exactly -1 uncovered.
 */
public final class ScaleCoverage {

	/** Integers {@code from..to} (inclusive; open ends as Long.MIN/MAX_VALUE). */
	public record Gap(long from, long to, Band below, Band above) {
	}

	public record Overlap(long from, long to, Band first, Band second) {
	}

	private final List<Gap> gaps = new ArrayList<>();
	private final List<Overlap> overlaps = new ArrayList<>();

	private ScaleCoverage() {
	}

	public static ScaleCoverage of(ColourScale scale) {
		ScaleCoverage coverage = new ScaleCoverage();
		List<Band> bands = new ArrayList<>();
		for (Band band : scale.getBands()) {
			if (ScaleLookup.lowestValue(band) <= ScaleLookup.highestValue(band)) {
				bands.add(band);
			}
		}
		bands.sort(Comparator.comparingLong(ScaleLookup::lowestValue).thenComparingLong(ScaleLookup::highestValue));
		if (bands.isEmpty()) {
			return coverage;
		}
		if (ScaleLookup.lowestValue(bands.get(0)) != Long.MIN_VALUE) {
			coverage.gaps.add(new Gap(Long.MIN_VALUE, ScaleLookup.lowestValue(bands.get(0)) - 1, null, bands.get(0)));
		}
		Band reach = bands.get(0); // the band that reaches highest so far
		for (Band band : bands.subList(1, bands.size())) {
			long reachTop = ScaleLookup.highestValue(reach);
			long low = ScaleLookup.lowestValue(band);
			if (low > reachTop + 1) {
				coverage.gaps.add(new Gap(reachTop + 1, low - 1, reach, band));
			} else if (low <= reachTop) {
				coverage.overlaps.add(new Overlap(low, Math.min(reachTop, ScaleLookup.highestValue(band)), reach, band));
			}
			if (ScaleLookup.highestValue(band) > reachTop) {
				reach = band;
			}
		}
		if (ScaleLookup.highestValue(reach) != Long.MAX_VALUE) {
			coverage.gaps.add(new Gap(ScaleLookup.highestValue(reach) + 1, Long.MAX_VALUE, reach, null));
		}
		return coverage;
	}

	public List<Gap> gaps() {
		return List.copyOf(gaps);
	}

	public List<Overlap> overlaps() {
		return List.copyOf(overlaps);
	}

	/** "-1", "from -5 to -3", "+4 and higher", "-19 and lower". */
	public static String describe(long from, long to) {
		if (from == Long.MIN_VALUE) {
			return BandRangeText.signed((int) to) + " and lower";
		}
		if (to == Long.MAX_VALUE) {
			return BandRangeText.signed((int) from) + " and higher";
		}
		return from == to ? BandRangeText.signed((int) from)
				: "from " + BandRangeText.signed((int) from) + " to " + BandRangeText.signed((int) to);
	}
}
