package org.barometer.lang.messages;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The language's constructs and tokens in an analyst's words: what each construct is made of,
 * and how to name the part the parser expected where it met something else.
 */
final class GrammarVocabulary {

	private static final String CATALOGUE_ROW = "A catalogue row is: a date, a description in quotes, a score such as +1";
	private static final String SECURITY_ROW = "A security row is: a date, a description in quotes, then two scores,"
			+ " national security and regional tension, such as 0 -1";

	static final String AUTHORS = "The authors are listed between { and }: each a name in quotes, then affiliation \"…\""
			+ " and interests \"…\" if wanted";

	/** What each construct is made of, by the grammar rule that parses it. */
	private static final Map<String, String> CONSTRUCTS = Map.ofEntries(
			Map.entry("RelationshipEvent", CATALOGUE_ROW),
			Map.entry("SecurityEvent", SECURITY_ROW),
			Map.entry("RelationshipSection", "A relationship section is: relationship, the relationship's name, {, then"
					+ " stated figures, trends, developments, forecast and events in this order, and a closing }"),
			Map.entry("SecuritySection", "The security section is: security {, then stated figures, trends, national security,"
					+ " regional security, forecast, tables and events in this order, and a closing }"),
			Map.entry("StatedFigure", "Stated figures are written as: stated aggregate +14 positive +18 negative -4 total +14"),
			Map.entry("Trend", "A trend is: its number and a full stop, then its text in quotes, as in 1. \"…\""),
			Map.entry("Development", "A development is: a title in quotes, then its paragraphs in quotes between { and },"
					+ " as in \"Economy\" { \"…\" }"),
			Map.entry("SupportingTable", "A table is: table, a title in quotes, {, columns and the column titles in quotes,"
					+ " its rows, and a closing }"),
			Map.entry("TableRow", "A table row is: row, then one text in quotes per column"),
			Map.entry("Author", "An author is: a name in quotes, then affiliation \"…\" and interests \"…\" if wanted"),
			Map.entry("Period", "The period is two consecutive months and a year, as in November-December 2020"),
			Map.entry("Issue", "An issue begins: issue 18 of MinskBarometer, then period November-December 2020, editor"
					+ " and letter if wanted, then its sections"),
			Map.entry("PublicationProfile", "A profile is: profile and its name, then title, publisher, scores, relationships,"
					+ " axes and scale in this order"),
			Map.entry("Relationship", "A relationship of the profile is: a name, then a title in quotes if wanted,"
					+ " as in Russia \"Russia\""),
			Map.entry("ColourScale", "A colour scale is: scale, a title in quotes if wanted, then its bands between { and }"),
			Map.entry("Band", "A band is: band, its name, its bounds (from or above, to or below a score), colour and a colour"
					+ " such as #FFFF00, then its interpretation in quotes"),
			Map.entry("BarometerDocument", "A file begins with issue, for an issue, or profile, for the publication's profile"));

	private static final Map<String, String> RULE_NAMED_AS_PART = Map.of(
			"LowerBound", "Band", "UpperBound", "Band");

	private static final Set<String> SCORE_TOKENS = Set.of("'+'", "'-'", "'\\u2013'", "RULE_INT");
	private static final Set<String> MONTHS = Set.of("'January'", "'February'", "'March'", "'April'", "'May'", "'June'",
			"'July'", "'August'", "'September'", "'October'", "'November'", "'December'");

	private GrammarVocabulary() {
	}

	/** The construct being parsed, innermost first among the {@code rules}, or null. */
	static String construct(List<String> rules) {
		for (String rule : rules) {
			String construct = CONSTRUCTS.get(RULE_NAMED_AS_PART.getOrDefault(rule, rule));
			if (construct != null) {
				return construct;
			}
		}
		return null;
	}

	/** The construct a row would be, for an error at the start of a row of a catalogue. */
	static String row(boolean security) {
		return security ? SECURITY_ROW : CATALOGUE_ROW;
	}

	/** The part the parser expected, named for the construct it was in; null when nothing says what. */
	static String expectedPart(List<String> rules, String token) {
		String innermost = rules.isEmpty() ? "" : rules.get(0);
		if (rules.contains("DateText")) {
			return "RULE_INT".equals(token) ? "the date's last day" : "the date's month";
		}
		if ("Month".equals(innermost)) {
			return "a month written in full";
		}
		if ("Dash".equals(innermost)) {
			return "a dash";
		}
		if ("Period".equals(innermost) && MONTHS.contains(token)) {
			return "the second month";
		}
		if ("Score".equals(innermost) || "SignedScore".equals(innermost)) {
			return "the score's number";
		}
		if (token == null) {
			return null;
		}
		boolean event = "RelationshipEvent".equals(innermost) || "SecurityEvent".equals(innermost);
		if (event && "RULE_STRING".equals(token)) {
			return "the description";
		}
		if (event && SCORE_TOKENS.contains(token)) {
			return "SecurityEvent".equals(innermost) ? "the two scores" : "the score";
		}
		if ("Trend".equals(innermost) && "RULE_INT".equals(token)) {
			return "the trend's number";
		}
		if ("Period".equals(innermost) && "RULE_INT".equals(token)) {
			return "the year";
		}
		if ("Development".equals(innermost) && "RULE_STRING".equals(token)) {
			return "the development's title";
		}
		return token(token);
	}

	/** A value the model holds, named by its feature, in words. */
	static String missingValue(String feature) {
		return switch (feature) {
			case "score" -> "the score";
			case "national" -> "the national security score";
			case "regional" -> "the regional tension score";
			case "year" -> "the year";
			case "number" -> "the number";
			case "minScore", "maxScore", "value" -> "a score";
			default -> "a value";
		};
	}

	/** A token type in words. */
	static String token(String token) {
		if (MONTHS.contains(token)) {
			return "a month";
		}
		return switch (token) {
			case "EOF", "<EOF>" -> "the end of the file";
			case "RULE_STRING" -> "a text in quotes";
			case "RULE_TEXT_BLOCK" -> "a text block in \"\"\"";
			case "RULE_INT" -> "a number";
			case "RULE_ID" -> "a name";
			case "RULE_HEX_COLOUR" -> "a colour such as #FFFF00";
			case "'{'" -> "an opening {";
			case "'}'" -> "the closing }";
			case "'.'" -> "a full stop";
			case "'+'", "'-'", "'\\u2013'" -> "a sign";
			default -> token.length() > 2 && token.startsWith("'") && token.endsWith("'")
					? "the word " + token.substring(1, token.length() - 1)
					: null;
		};
	}
}
