package org.barometer.model.dates;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.model.DateKind;
import org.barometer.model.Month;

/**
 * Reads the structure of an event date from the text an editor wrote. It is the one place
 * that knows the forms, so the language, the importers and the exports agree on them:
 * {@code 1 November}, {@code 22-29 September}, {@code 14–20 September},
 * {@code 28 October - 8 November}, {@code December}, {@code Mid-September},
 * {@code Early December}, {@code November-December} and {@code -} for a missing date.
 */
public final class EventDateParser {

	private static final String MONTH = "([A-Za-z]+)";
	private static final String DASH = "\\s*[-\u2013\u2014]\\s*";
	private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\s+" + MONTH);
	private static final Pattern DAY_RANGE = Pattern.compile("(\\d{1,2})" + DASH + "(\\d{1,2})\\s+" + MONTH);
	private static final Pattern CROSS_MONTH_RANGE = Pattern.compile("(\\d{1,2})\\s+" + MONTH + DASH + "(\\d{1,2})\\s+" + MONTH);
	private static final Pattern MONTH_ONLY = Pattern.compile(MONTH);
	private static final Pattern MONTH_RANGE = Pattern.compile(MONTH + DASH + MONTH);
	// compiled once: the validator reads every date several times, and compiling these patterns
	// per call took most of the time spent reading dates
	private static final Pattern BLANKS = Pattern.compile("\\s+");
	private static final Pattern MISSING = Pattern.compile("[-\u2013\u2014]");
	private static final Pattern PART_OF_MONTH = Pattern.compile("(Early|Mid|Late)(?:\\s*-\\s*|\\s+)" + MONTH,
			Pattern.CASE_INSENSITIVE);

	/**
	 * Dates already read, by their text: the validator reads each date several times, and an
	 * issue repeats its few hundred date texts. Emptied when it grows large, so that the texts
	 * half-typed in an editor do not pile up.
	 */
	private static final Map<String, ParsedDate> ALREADY_READ = new ConcurrentHashMap<>();
	private static final int ALREADY_READ_LIMIT = 4096;

	private EventDateParser() {
	}

	public static ParsedDate parse(String text) {
		if (text == null) {
			return ParsedDate.MISSING;
		}
		ParsedDate known = ALREADY_READ.get(text);
		if (known != null) {
			return known;
		}
		ParsedDate parsed = read(text);
		if (ALREADY_READ.size() >= ALREADY_READ_LIMIT) {
			ALREADY_READ.clear();
		}
		ALREADY_READ.put(text, parsed);
		return parsed;
	}

	private static ParsedDate read(String text) {
		String date = BLANKS.matcher(text.strip()).replaceAll(" ");
		if (date.isEmpty() || MISSING.matcher(date).matches()) {
			return ParsedDate.MISSING;
		}
		Matcher m;
		if ((m = DAY.matcher(date)).matches()) {
			Month month = month(m.group(2));
			int day = Integer.parseInt(m.group(1));
			return month == null ? ParsedDate.UNRECOGNISED : new ParsedDate(DateKind.DAY, month, day, month, day);
		}
		if ((m = DAY_RANGE.matcher(date)).matches()) {
			Month month = month(m.group(3));
			return month == null ? ParsedDate.UNRECOGNISED
					: new ParsedDate(DateKind.DAY_RANGE, month, Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(2)));
		}
		if ((m = CROSS_MONTH_RANGE.matcher(date)).matches()) {
			Month first = month(m.group(2));
			Month last = month(m.group(4));
			return first == null || last == null ? ParsedDate.UNRECOGNISED
					: new ParsedDate(DateKind.CROSS_MONTH_RANGE, first, Integer.parseInt(m.group(1)), last, Integer.parseInt(m.group(3)));
		}
		if ((m = PART_OF_MONTH.matcher(date)).matches()) {
			Month month = month(m.group(2));
			if (month == null) {
				return ParsedDate.UNRECOGNISED;
			}
			return switch (m.group(1).toLowerCase(Locale.ROOT)) {
				case "early" -> new ParsedDate(DateKind.PART_OF_MONTH, month, 1, month, 10);
				case "mid" -> new ParsedDate(DateKind.PART_OF_MONTH, month, 11, month, 20);
				default -> new ParsedDate(DateKind.PART_OF_MONTH, month, 21, month, 0);
			};
		}
		if ((m = MONTH_RANGE.matcher(date)).matches()) {
			Month first = month(m.group(1));
			Month last = month(m.group(2));
			return first == null || last == null ? ParsedDate.UNRECOGNISED
					: new ParsedDate(DateKind.MONTH_RANGE, first, 0, last, 0);
		}
		if ((m = MONTH_ONLY.matcher(date)).matches()) {
			Month month = month(m.group(1));
			return month == null ? ParsedDate.UNRECOGNISED : new ParsedDate(DateKind.MONTH, month, 0, month, 0);
		}
		return ParsedDate.UNRECOGNISED;
	}

	private static Month month(String name) {
		for (Month month : Month.VALUES) {
			if (month.getLiteral().equalsIgnoreCase(name)) {
				return month;
			}
		}
		return null;
	}
}
