package org.barometer.lang.ide.highlighting;

/** Ids of the semantic styles; an editor maps each to a colour. */
public final class BarometerHighlightingStyles {

	public static final String DATE = "barometer.date";
	public static final String POSITIVE_SCORE = "barometer.score.positive";
	public static final String NEGATIVE_SCORE = "barometer.score.negative";
	public static final String ZERO_SCORE = "barometer.score.zero";
	/** A stated figure that differs from the computed one. */
	public static final String DISAGREEING_FIGURE = "barometer.figure.disagreeing";

	private BarometerHighlightingStyles() {
	}
}
