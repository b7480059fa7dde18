package org.barometer.model.scale;

import org.barometer.model.Band;
import org.barometer.model.Bound;
import org.barometer.model.ColourScale;
import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.EList;

/** Which band of a colour scale holds a value. */
public final class ScaleLookup {

	private ScaleLookup() {
	}

	public static boolean contains(Band band, int value) {
		return satisfiesLower(band.getLower(), value) && satisfiesUpper(band.getUpper(), value);
	}

	public static EList<Band> bandsContaining(ColourScale scale, int value) {
		EList<Band> result = new BasicEList<>();
		for (Band band : scale.getBands()) {
			if (contains(band, value)) {
				result.add(band);
			}
		}
		return result;
	}

	public static Band bandOf(ColourScale scale, int value) {
		EList<Band> bands = bandsContaining(scale, value);
		return bands.size() == 1 ? bands.get(0) : null;
	}

	/** Smallest integer inside the band, or {@link Integer#MIN_VALUE} when unbounded below. */
	static long lowestValue(Band band) {
		Bound lower = band.getLower();
		return lower == null ? Long.MIN_VALUE : lower.isInclusive() ? lower.getValue() : lower.getValue() + 1L;
	}

	/** Largest integer inside the band, or {@link Long#MAX_VALUE} when unbounded above. */
	static long highestValue(Band band) {
		Bound upper = band.getUpper();
		return upper == null ? Long.MAX_VALUE : upper.isInclusive() ? upper.getValue() : upper.getValue() - 1L;
	}

	private static boolean satisfiesLower(Bound lower, int value) {
		return lower == null || (lower.isInclusive() ? value >= lower.getValue() : value > lower.getValue());
	}

	private static boolean satisfiesUpper(Bound upper, int value) {
		return upper == null || (upper.isInclusive() ? value <= upper.getValue() : value < upper.getValue());
	}
}
