package org.barometer.cli.benchmark;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Writes a valid profile and an issue of a given number of events, spread over five relationships. */
public final class SyntheticIssue {

	static final String[] RELATIONSHIPS = { "Russia", "EU", "China", "US", "Ukraine" };

	private SyntheticIssue() {
	}

	public static String profile() {
		StringBuilder text = new StringBuilder("profile Synthetic\ntitle \"Synthetic Barometer\"\nscores from -4 to +4\nrelationships {\n");
		for (String relationship : RELATIONSHIPS) {
			text.append("  ").append(relationship).append('\n');
		}
		return text.append("}\nscale {\n")
				.append("  band White above -1 colour #FFFFFF\n")
				.append("  band Green from -6 to -1 colour #00B050\n")
				.append("  band Red to -7 colour #FF0000\n}\n").toString();
	}

	public static String issue(int events) {
		return issue(1, 2020, 11, events, 0);
	}

	/**
	 * Issue {@code number} of the two months from {@code firstMonth} of {@code year}: the
	 * relationship events spread over five sections, and a security catalogue, all in
	 * chronological order through the period.
	 */
	public static String issue(int number, int year, int firstMonth, int events, int securityEvents) {
		LocalDate start = LocalDate.of(year, firstMonth, 1);
		int days = (int) (start.plusMonths(2).toEpochDay() - start.toEpochDay());
		StringBuilder text = new StringBuilder(64 * (events + securityEvents) + 1024);
		text.append("issue ").append(number).append(" of Synthetic\nperiod ").append(monthName(start)).append('-')
				.append(monthName(start.plusMonths(1))).append(' ').append(year).append("\neditor \"Benchmark\"\n");
		int perSection = events / RELATIONSHIPS.length;
		int written = 0;
		for (int s = 0; s < RELATIONSHIPS.length; s++) {
			int count = s == RELATIONSHIPS.length - 1 ? events - written : perSection;
			text.append("\nrelationship ").append(RELATIONSHIPS[s]).append(" by \"Analyst\" {\n")
					.append("  trends\n    1. \"A trend.\"\n  forecast \"A forecast.\"\n  events\n");
			for (int i = 0; i < count; i++) {
				int score = (i % 4) - 2 >= 0 ? (i % 4) - 1 : (i % 4) - 2; // -2, -1, +1, +2
				text.append("    ").append(day(start, i, count, days)).append(" \"Event ").append(s).append('-').append(i)
						.append(" of the synthetic catalogue\" ").append(signed(score)).append('\n');
			}
			written += count;
			text.append("}\n");
		}
		if (securityEvents > 0) {
			text.append("\nsecurity {\n  events\n");
			for (int i = 0; i < securityEvents; i++) {
				int national = (i % 3) - 1; // -1, 0, +1
				int regional = i % 5 == 0 ? 1 : -(i % 2); // +1, -1, 0, -1, 0
				text.append("    ").append(day(start, i, securityEvents, days)).append(" \"Security event ").append(i)
						.append(" of the synthetic catalogue\" ").append(signed(national)).append(' ').append(signed(regional)).append('\n');
			}
			text.append("}\n");
		}
		return text.toString();
	}

	/** The i-th of {@code count} days spread chronologically through the period: "14 November". */
	private static String day(LocalDate start, int i, int count, int days) {
		LocalDate day = start.plusDays((long) i * days / Math.max(1, count));
		return day.getDayOfMonth() + " " + monthName(day);
	}

	private static String monthName(LocalDate date) {
		return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

	private static String signed(int score) {
		return score > 0 ? "+" + score : Integer.toString(score);
	}
}
