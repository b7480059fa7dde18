package org.barometer.lang.messages;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Pattern;

import org.barometer.model.DateKind;
import org.barometer.model.Month;
import org.barometer.model.dates.EventDateParser;
import org.barometer.model.dates.ParsedDate;

/**
 * Says why a catalogue row's date names no day of the year, one sentence per kind of
 * failure, with the form the analyst probably meant.
 */
public final class DateMessages {

	private static final Pattern DAYS_ONLY = Pattern.compile("\\d+(\\s*[-\u2013\u2014]\\s*\\d+)?");
	private static final String FORMS = "write a day and a month ('5 November'), days of a month ('22-29 November'), "
			+ "a range across months ('28 October - 8 November'), a month ('December'), part of a month ('Early December') "
			+ "or the period ('November-December')";

	private DateMessages() {
	}

	/** Why {@code text} is not a day of {@code year}: a month missing, a day the month lacks, a range backwards. */
	public static String notADay(String text, int year) {
		String date = text == null ? "" : text.strip();
		if (DAYS_ONLY.matcher(date).matches()) {
			return "The date " + QuotedInput.of(date) + " needs a month: write it as in " + QuotedInput.of(date + " November") + ".";
		}
		ParsedDate parsed = EventDateParser.parse(date);
		if (parsed.kind() == DateKind.UNRECOGNISED || parsed.firstMonth() == null || parsed.lastMonth() == null) {
			return QuotedInput.of(date) + " is not a date: " + FORMS + ".";
		}
		String missingDay = missingDay(parsed.firstMonth(), parsed.firstDay(), year);
		if (missingDay == null) {
			missingDay = missingDay(parsed.lastMonth(), parsed.lastDay(), parsed.crossesTurnOfYear() ? year + 1 : year);
		}
		if (missingDay != null) {
			return missingDay;
		}
		if (parsed.isValidIn(year) || !validYear(year)) {
			return QuotedInput.of(date) + " cannot be placed in the year " + year + ".";
		}
		return QuotedInput.of(date) + " ends before it begins: write the earlier day first.";
	}

	/** The sentence for a day the month lacks, or null when the day exists (0 stands for the whole month). */
	private static String missingDay(Month month, int day, int year) {
		if (day == 0 || !validYear(year)) {
			return null;
		}
		int days = YearMonth.of(year, month.getValue()).lengthOfMonth();
		if (day <= days) {
			return null;
		}
		String name = month.getLiteral();
		return "There is no " + day + " " + name + " in " + year + ": " + name + " has " + days + " days.";
	}

	private static boolean validYear(int year) {
		try {
			YearMonth.of(year, 1);
			return true;
		} catch (DateTimeException e) {
			return false;
		}
	}
}
