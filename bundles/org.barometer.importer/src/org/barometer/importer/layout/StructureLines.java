package org.barometer.importer.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines that give an issue of this family its structure, recognised by their wording
 * (never by where they stand): section and appendix headings, the parts of a section, the
 * Date | Event | Score header, a header block's figures, the editor's greeting and closing.
 * Every method takes a line's text without surrounding spaces.
 */
final class StructureLines {

	private static final Pattern RELATIONSHIP = Pattern.compile("Relationship with\\s+(.+?)");
	private static final Pattern SECURITY = Pattern.compile("Security Barometer\\b.*");
	private static final Pattern APPENDIX = Pattern.compile("Appendix\\s+(\\d{1,2})");
	private static final Pattern AUTHORS = Pattern.compile("(?:The )?Authors");
	private static final Pattern TRENDS = Pattern.compile("Trends");
	private static final Pattern DEVELOPMENTS = Pattern.compile("(?:Developments and processes|Events and developments|Developments and events|Developments|Events and processes)");
	private static final Pattern FORECAST = Pattern.compile("Forecast");
	private static final Pattern NATIONAL = Pattern.compile("(?:\\d+\\.\\s*)?National security", Pattern.CASE_INSENSITIVE);
	private static final Pattern REGIONAL = Pattern.compile("(?:\\d+\\.\\s*)?Regional security", Pattern.CASE_INSENSITIVE);
	private static final Pattern GREETING = Pattern.compile("Dear [^!]{1,40}!");
	private static final Pattern CLOSING = Pattern.compile("(?:Yours|Sincerely|Respectfully|Best regards|Kind regards|With best wishes)\\b[^.]{0,40}");
	private static final Pattern CONTENTS_HEADING = Pattern.compile("(?:Table of )?Contents|In this issue", Pattern.CASE_INSENSITIVE);
	private static final Pattern INDEX_SUMMARY = Pattern.compile("Index summary|Summary of (?:the )?indices", Pattern.CASE_INSENSITIVE);
	private static final Pattern CONTENTS = Pattern.compile("\\d{1,3}\\s+(?:Relationship with\\s.+|Security Barometer.*|Appendix\\s+\\d+.*|Authors)");
	private static final Pattern TABLE_HEADER = Pattern.compile("Date\\b.*\\bEvent\\b.*");
	private static final Pattern FIGURE = Pattern.compile("(Aggregate index|Positive points|Negative points|National security index|Regional tension index)"
			+ "\\s*:?\\s*([+\\-\u2013\u2212]?\\d{1,3})(?:\\s*\\((\\p{L}+)\\))?");
	private static final Pattern SUPPORTING_TABLE = Pattern.compile("Table\\s+\\d+\\.?\\s+\\S.*");

	private StructureLines() {
	}

	/** The partner named by a "Relationship with …" heading, as printed ("the European Union"), or null. */
	static String relationship(String text) {
		Matcher m = RELATIONSHIP.matcher(text);
		return m.matches() ? m.group(1) : null;
	}

	static boolean isSecurity(String text) {
		return SECURITY.matcher(text).matches();
	}

	/** The number of an "Appendix N" heading, or 0. */
	static int appendix(String text) {
		Matcher m = APPENDIX.matcher(text);
		return m.matches() ? Integer.parseInt(m.group(1)) : 0;
	}

	static boolean isAuthors(String text) {
		return AUTHORS.matcher(text).matches();
	}

	static boolean isTrends(String text) {
		return TRENDS.matcher(text).matches();
	}

	static boolean isDevelopments(String text) {
		return DEVELOPMENTS.matcher(text).matches();
	}

	static boolean isForecast(String text) {
		return FORECAST.matcher(text).matches();
	}

	static boolean isNational(String text) {
		return NATIONAL.matcher(text).matches();
	}

	static boolean isRegional(String text) {
		return REGIONAL.matcher(text).matches();
	}

	/** A part of a section: trends, developments, forecast, national or regional security. */
	static boolean isSectionPart(String text) {
		return isTrends(text) || isDevelopments(text) || isForecast(text) || isNational(text) || isRegional(text);
	}

	static boolean isGreeting(String text) {
		return GREETING.matcher(text).matches();
	}

	static boolean isClosing(String text) {
		return CLOSING.matcher(text).matches();
	}

	/** "Contents": the heading of a contents page whose entries may carry no page numbers. */
	static boolean isContentsHeading(String text) {
		return CONTENTS_HEADING.matcher(text).matches();
	}

	/** The index summary's heading: the figures the sections state, repeated in tables on the front pages. */
	static boolean isIndexSummary(String text) {
		return INDEX_SUMMARY.matcher(text).matches();
	}

	static boolean isContentsEntry(String text) {
		return CONTENTS.matcher(text).matches();
	}

	static boolean isTableHeader(String text) {
		return TABLE_HEADER.matcher(text.replace('\t', ' ')).matches();
	}

	static boolean isSupportingTableTitle(String text) {
		return SUPPORTING_TABLE.matcher(text).matches();
	}

	/** A header block's line ("Aggregate index: +14"), or null. */
	static Matcher figure(String text) {
		Matcher m = FIGURE.matcher(text.replace('\t', ' '));
		return m.matches() ? m : null;
	}

	/** Any heading that starts a part of the issue: a reader stops at it. */
	static boolean isHeading(String text) {
		return relationship(text) != null || isSecurity(text) || appendix(text) > 0 || isAuthors(text) || isSectionPart(text);
	}
}
