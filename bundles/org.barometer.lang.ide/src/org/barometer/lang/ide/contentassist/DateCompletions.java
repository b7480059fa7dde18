package org.barometer.lang.ide.contentassist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.model.Issue;
import org.barometer.model.Month;
import org.barometer.model.Period;

/**
 * Completions of a date being typed. A date is one datatype rule, so what is typed of it so
 * far ("5 ", "22-29 Nov", "Early ") is the prefix a proposal must extend: the month names alone
 * would never match it. The issue's two months come first; any month is offered when the
 * period is unknown.
 */
final class DateCompletions {


	/** What precedes a month name: a day, a day range, a part of the month, or a month and a dash. */
	private static final Pattern BEFORE_MONTH = Pattern.compile(
			"(?<head>(\\d{1,2}\\s*([-–]\\s*\\d{1,2}\\s*)?|(Early|Mid|Late)\\s*[-–]?\\s*|\\p{L}+\\s*[-–]\\s*|\\d{1,2}\\s+\\p{L}+\\s*[-–]\\s*\\d{1,2}\\s*))(?<partial>\\p{L}*)");

	private DateCompletions() {
	}

	/**
	 * Where the date being typed before the offset starts, when the offset's line holds nothing
	 * but indentation and the beginning of a date; -1 otherwise.
	 */
	static int startOfDateBefore(String document, int offset) {
		int lineStart = document.lastIndexOf('\n', offset - 1) + 1;
		int start = lineStart;
		while (start < offset && (document.charAt(start) == ' ' || document.charAt(start) == '\t')) {
			start++;
		}
		return start < offset && BEFORE_MONTH.matcher(document.substring(start, offset)).matches() ? start : -1;
	}

	/** The dates that complete the typed prefix; empty when the prefix is not the start of a date. */
	static List<String> complete(String prefix, Issue issue) {
		if (prefix.chars().allMatch(Character::isLetter)) {
			return startsWith(prefix, wholeDates(issue));
		}
		Matcher matcher = BEFORE_MONTH.matcher(prefix);
		if (!matcher.matches()) {
			return List.of();
		}
		String head = matcher.group("head");
		if (!head.isEmpty() && !Character.isWhitespace(head.charAt(head.length() - 1)) && Character.isDigit(head.charAt(head.length() - 1))) {
			head = head + " ";
		}
		String partial = matcher.group("partial").toLowerCase(Locale.ROOT);
		List<String> completions = new ArrayList<>();
		for (Month month : months(issue)) {
			if (month.getLiteral().toLowerCase(Locale.ROOT).startsWith(partial)) {
				completions.add(head + month.getLiteral());
			}
		}
		return completions;
	}

	/**
	 * The dates that need no day, in the order an analyst looks for them: each month of the issue,
	 * the parts of each month, the period itself.
	 */
	private static List<String> wholeDates(Issue issue) {
		List<Month> months = months(issue);
		List<String> dates = new ArrayList<>();
		months.forEach(month -> dates.add(month.getLiteral()));
		for (Month month : months) {
			dates.add("Early " + month.getLiteral());
			dates.add("Mid-" + month.getLiteral());
			dates.add("Late " + month.getLiteral());
		}
		if (months.size() == 2) {
			dates.add(months.get(0).getLiteral() + "-" + months.get(1).getLiteral());
		}
		return dates;
	}

	private static List<String> startsWith(String prefix, List<String> dates) {
		String lower = prefix.toLowerCase(Locale.ROOT);
		return dates.stream().filter(date -> date.toLowerCase(Locale.ROOT).startsWith(lower)).toList();
	}

	private static List<Month> months(Issue issue) {
		Period period = issue == null ? null : issue.getPeriod();
		if (period == null || period.getFirstMonth() == null || period.getSecondMonth() == null) {
			return Month.VALUES;
		}
		return period.getFirstMonth() == period.getSecondMonth() ? List.of(period.getFirstMonth())
				: List.of(period.getFirstMonth(), period.getSecondMonth());
	}
}
