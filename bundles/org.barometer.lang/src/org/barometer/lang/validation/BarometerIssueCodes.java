package org.barometer.lang.validation;

/** Codes of the validator's diagnostics: quick fixes and tests refer to them. */
public final class BarometerIssueCodes {

	private static final String PREFIX = "org.barometer.lang.";

	/** A stated figure differs from the computed one. Data: the computed value, signed. */
	public static final String STATED_FIGURE_MISMATCH = PREFIX + "statedFigureMismatch";
	/** A figure that the section does not have (e.g. national in a relationship section). */
	public static final String STATED_FIGURE_NOT_APPLICABLE = PREFIX + "statedFigureNotApplicable";
	/** The same figure stated twice in one section. */
	public static final String STATED_FIGURE_REPEATED = PREFIX + "statedFigureRepeated";
	/** Stated aggregate is not stated positive + stated negative. Data: that sum, signed. */
	public static final String STATED_AGGREGATE_NOT_SUM = PREFIX + "statedAggregateNotSum";
	/** The stated colour is not the band of the computed regional total. Data: the band's name. */
	public static final String STATED_COLOUR_MISMATCH = PREFIX + "statedColourMismatch";
	/** The computed regional total falls in no band, or in several. */
	public static final String REGIONAL_TOTAL_OUTSIDE_SCALE = PREFIX + "regionalTotalOutsideScale";

	public static final String DATE_MISSING = PREFIX + "dateMissing";
	/** A date that names no real day (31 September) or a form the tool does not know. */
	public static final String DATE_INVALID = PREFIX + "dateInvalid";
	public static final String DATE_OUTSIDE_PERIOD = PREFIX + "dateOutsidePeriod";
	public static final String DATE_STARTS_IN_PREVIOUS_PERIOD = PREFIX + "dateStartsInPreviousPeriod";
	public static final String PERIOD_NOT_CONSECUTIVE = PREFIX + "periodNotConsecutive";
	/** A year outside those the calendar supports (see PeriodSpans). */
	public static final String PERIOD_YEAR_UNSUPPORTED = PREFIX + "periodYearUnsupported";

	public static final String CATALOGUE_OUT_OF_ORDER = PREFIX + "catalogueOutOfOrder";
	public static final String DUPLICATE_DESCRIPTION = PREFIX + "duplicateDescription";
	public static final String DUPLICATE_EVENT = PREFIX + "duplicateEvent";

	public static final String SCORE_OUT_OF_RANGE = PREFIX + "scoreOutOfRange";
	public static final String TOO_MANY_SCORES = PREFIX + "tooManyScores";
	/** A catalogue whose scores add up beyond what an index (an int) holds. */
	public static final String INDEX_OUT_OF_RANGE = PREFIX + "indexOutOfRange";
	/** A row whose score is still the placeholder {@code ?} (a template's). */
	public static final String SCORE_MISSING = PREFIX + "scoreMissing";
	public static final String SCORE_RANGE_EMPTY = PREFIX + "scoreRangeEmpty";

	/** A {@code scale { }} with no band: no value of the regional index has a colour. */
	public static final String SCALE_EMPTY = PREFIX + "scaleEmpty";
	public static final String SCALE_GAP = PREFIX + "scaleGap";
	public static final String SCALE_OVERLAP = PREFIX + "scaleOverlap";
	/** A band's colour that is not six hex digits, #RRGGBB. */
	public static final String BAND_COLOUR_NOT_RGB = PREFIX + "bandColourNotRgb";

	/** A relationship of the profile has no section. Data: the relationship's name. */
	public static final String MISSING_SECTION = PREFIX + "missingSection";
	public static final String DUPLICATE_SECTION = PREFIX + "duplicateSection";
	public static final String SECTION_WITHOUT_EVENTS = PREFIX + "sectionWithoutEvents";
	public static final String SECTION_WITHOUT_TRENDS = PREFIX + "sectionWithoutTrends";
	public static final String SECTION_WITHOUT_FORECAST = PREFIX + "sectionWithoutForecast";

	/** Two files declare a profile of the same name. */
	public static final String PROFILE_DECLARED_TWICE = PREFIX + "profileDeclaredTwice";
	public static final String DUPLICATE_ISSUE_NUMBER = PREFIX + "duplicateIssueNumber";
	public static final String ISSUE_NUMBER_OUT_OF_ORDER = PREFIX + "issueNumberOutOfOrder";

	private BarometerIssueCodes() {
	}
}
