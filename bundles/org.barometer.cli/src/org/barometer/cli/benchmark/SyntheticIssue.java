package org.barometer.cli.benchmark;

import java.time.LocalDate;

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
		StringBuilder text = new StringBuilder(64 * events + 1024);
		text.append("issue 1 of Synthetic\nperiod November-December 2020\neditor \"Benchmark\"\n");
		LocalDate start = LocalDate.of(2020, 11, 1);
		int perSection = events / RELATIONSHIPS.length;
		int written = 0;
		for (int s = 0; s < RELATIONSHIPS.length; s++) {
			int count = s == RELATIONSHIPS.length - 1 ? events - written : perSection;
			text.append("\nrelationship ").append(RELATIONSHIPS[s]).append(" by \"Analyst\" {\n")
					.append("  trends\n    1. \"A trend.\"\n  forecast \"A forecast.\"\n  events\n");
			for (int i = 0; i < count; i++) {
				// chronological through the 61 days of the period
				LocalDate day = start.plusDays((long) i * 61 / Math.max(1, count));
				int score = (i % 4) - 2 >= 0 ? (i % 4) - 1 : (i % 4) - 2; // -2, -1, +1, +2
				text.append("    ").append(day.getDayOfMonth()).append(day.getMonthValue() == 11 ? " November" : " December")
						.append(" \"Event ").append(s).append('-').append(i).append(" of the synthetic catalogue\" ")
						.append(score > 0 ? "+" : "").append(score).append('\n');
			}
			written += count;
			text.append("}\n");
		}
		return text.toString();
	}
}
