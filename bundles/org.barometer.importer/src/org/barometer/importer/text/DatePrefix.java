package org.barometer.importer.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event date at the start of a catalogue line, in the forms the language's DateText
 * accepts: "1 November", "22-29 September", "28 October - 8 November", "Mid-September",
 * "Early December", "November-December", "December", or "-" for an undated row. The date is
 * kept exactly as printed; what follows it on the line is the description's start.
 */
public final class DatePrefix {

	private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
	private static final String DASH = "\\s*[-\u2013]\\s*";
	private static final String DAY = "\\d{1,2}";
	private static final Pattern DATE = Pattern.compile("^(?:"
			+ DAY + "\\s+" + MONTH + DASH + DAY + "\\s+" + MONTH
			+ "|" + DAY + DASH + DAY + "\\s+" + MONTH
			+ "|" + DAY + "\\s+" + MONTH
			+ "|(?:Early|Mid|Late)(?:\\s*-\\s*|\\s+)" + MONTH
			+ "|" + MONTH + DASH + MONTH
			+ "|" + MONTH
			+ "|[-\u2013]"
			+ ")(?=\\s|$)");
	/** A date broken after its dash ("November-", "28 October -"): the rest is on the next line. */
	private static final Pattern OPEN_RANGE = Pattern.compile("^(?:" + MONTH + "|" + DAY + "\\s+" + MONTH + "|" + DAY + ")\\s*[-\u2013]\\s*$");

	private DatePrefix() {
	}

	/** The date at the start of {@code line} (already stripped), or null. */
	public static String of(String line) {
		Matcher m = DATE.matcher(line);
		return m.find() ? m.group() : null;
	}

	/** Whether the whole line is a date whose range continues on the next line. */
	public static boolean isOpenRange(String line) {
		return OPEN_RANGE.matcher(line).matches();
	}

	/** The two halves of a range broken across lines, as printed: "November-" + "December", "28 October -" + "8 November". */
	public static String joinRange(String first, String second) {
		String head = first.stripTrailing();
		boolean spaced = head.length() >= 2 && Character.isWhitespace(head.charAt(head.length() - 2));
		return spaced ? head + " " + second : head + second;
	}
}
