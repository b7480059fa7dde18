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

	/** Integers {@code from..to} (inclusive; the scale's open ends as Integer.MIN/MAX_VALUE, the ends of the values an index takes). */
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
			if (lowest(band) <= highest(band)) {
				bands.add(band);
			}
		}
		bands.sort(Comparator.comparingLong(ScaleCoverage::lowest).thenComparingLong(ScaleCoverage::highest));
		if (bands.isEmpty()) {
			return coverage;
		}
		if (lowest(bands.get(0)) > Integer.MIN_VALUE) {
			coverage.gaps.add(new Gap(Integer.MIN_VALUE, lowest(bands.get(0)) - 1, null, bands.get(0)));
		}
		Band reach = bands.get(0); // the band that reaches highest so far
		for (Band band : bands.subList(1, bands.size())) {
			long reachTop = highest(reach);
			long low = lowest(band);
			if (low > reachTop + 1) {
				coverage.gaps.add(new Gap(reachTop + 1, low - 1, reach, band));
			} else if (low <= reachTop) {
				coverage.overlaps.add(new Overlap(low, Math.min(reachTop, highest(band)), reach, band));
			}
			if (highest(band) > reachTop) {
				reach = band;
			}
		}
		if (highest(reach) < Integer.MAX_VALUE) {
			coverage.gaps.add(new Gap(highest(reach) + 1, Integer.MAX_VALUE, reach, null));
		}
		return coverage;
	}

	/** A band's lowest value among those an index takes (ints): a scale open below covers down to Integer.MIN_VALUE. */
	private static long lowest(Band band) {
		return Math.max(ScaleLookup.lowestValue(band), Integer.MIN_VALUE);
	}

	private static long highest(Band band) {
		return Math.min(ScaleLookup.highestValue(band), Integer.MAX_VALUE);
	}

	public List<Gap> gaps() {
		return List.copyOf(gaps);
	}

	public List<Overlap> overlaps() {
		return List.copyOf(overlaps);
	}

	/** "-1", "from -5 to -3", "+4 and higher", "-19 and lower" (values are those of an index: ints). */
	public static String describe(long from, long to) {
		if (from <= Integer.MIN_VALUE && to < Integer.MAX_VALUE) {
			return BandRangeText.signed((int) to) + " and lower";
		}
		if (to >= Integer.MAX_VALUE && from > Integer.MIN_VALUE) {
			return BandRangeText.signed((int) from) + " and higher";
		}
		if (from <= Integer.MIN_VALUE) {
			return "every value";
		}
		return from == to ? BandRangeText.signed((int) from)
				: "from " + BandRangeText.signed((int) from) + " to " + BandRangeText.signed((int) to);
	}
}
