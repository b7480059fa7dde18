package org.barometer.cli.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a valid profile and an issue of a given number of events, spread over five
 * relationships; or an archive of many issues whose events read like real catalogue rows, and
 * the same events in one issue, so that an archive and one file can be compared.
 */
public final class SyntheticIssue {

	static final String[] RELATIONSHIPS = { "Russia", "EU", "China", "US", "Ukraine" };

	// an archive's rows: patterns of real catalogue rows, so that near-identical events recur across issues
	private static final String[] PEOPLE = { "Lukashenka", "Makiej", "Haloučanka", "Putin", "Lavrov", "Mishustin", "Borrell",
			"Michel", "Zelensky", "Kuleba", "Wang Yi", "Blinken", "Shoigu", "Naryshkin" };
	private static final String[] TOPICS = { "trade", "energy supplies", "the border crisis", "the nuclear power plant", "sanctions",
			"education", "transit of oil products", "integration", "human rights", "migration", "military exercises", "the loan",
			"visa facilitation", "customs cooperation", "investment" };
	// each pattern names both people and the topic, so that no two rows of an archive read alike
	private static final String[] TEMPLATES = { "%1$s’s visit to Minsk, talks with %2$s on %3$s",
			"Telephone conversation between %1$s and %2$s on %3$s", "Statement by %1$s to %2$s about %3$s",
			"Meeting of %1$s with %2$s on %3$s", "Signing of an agreement on %3$s by %1$s and %2$s",
			"Negative statements by %1$s regarding %3$s, answered by %2$s", "Forum on %3$s (videoconference) of %1$s and %2$s",
			"Board meeting on %3$s chaired by %1$s with %2$s", "Restrictions on %3$s announced by %1$s after talks with %2$s",
			"Joint commission on %3$s convenes under %1$s and %2$s" };
	private static final int DESCRIPTIONS = TEMPLATES.length * PEOPLE.length * PEOPLE.length * TOPICS.length;
	private static final int[] ARCHIVE_SCORES = { -3, -2, -1, -1, 1, 1, 1, 2, 3 };

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

	/**
	 * Ten years of a bimonthly publication from January–February 2011 on: {@code issues} issues
	 * holding {@code events} events in all, {@code securityEvents} of each issue's in its security
	 * catalogue, the rest spread over the five relationships. Every row's description is
	 * different (up to 29,400 rows), and many differ by a name or a topic only, as in an archive.
	 */
	public static List<String> archive(int issues, int events, int securityEvents) {
		List<String> texts = new ArrayList<>();
		int row = 0;
		for (int k = 0; k < issues; k++) {
			int count = (int) ((long) events * (k + 1) / issues - (long) events * k / issues);
			texts.add(archiveIssue(k + 1, 2011 + k / 6, (k % 6) * 2 + 1, row, count - securityEvents, securityEvents));
			row += count;
		}
		return texts;
	}

	/** Writes the profile (synthetic.barometer) and the issues (issue-001.barometer, ...) into the folder; returns it. */
	public static Path write(Path folder, List<String> issues) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("synthetic.barometer"), profile(), StandardCharsets.UTF_8);
		for (int k = 0; k < issues.size(); k++) {
			Files.writeString(folder.resolve("issue-%03d.barometer".formatted(k + 1)), issues.get(k), StandardCharsets.UTF_8);
		}
		return folder;
	}

	/** The rows of {@link #archive} in one issue of November–December 2020, as many of them security events. */
	public static String archiveInOneIssue(int events, int securityEvents) {
		return archiveIssue(1, 2020, 11, 0, events - securityEvents, securityEvents);
	}

	private static String archiveIssue(int number, int year, int firstMonth, int firstRow, int events, int securityEvents) {
		LocalDate start = LocalDate.of(year, firstMonth, 1);
		int days = (int) (start.plusMonths(2).toEpochDay() - start.toEpochDay());
		StringBuilder text = new StringBuilder(96 * (events + securityEvents) + 1024);
		text.append("issue ").append(number).append(" of Synthetic\nperiod ").append(monthName(start)).append('-')
				.append(monthName(start.plusMonths(1))).append(' ').append(year).append("\neditor \"Benchmark\"\n");
		int row = firstRow;
		int written = 0;
		for (int s = 0; s < RELATIONSHIPS.length; s++) {
			int count = (int) ((long) events * (s + 1) / RELATIONSHIPS.length) - written;
			text.append("\nrelationship ").append(RELATIONSHIPS[s]).append(" by \"Analyst\" {\n  events\n");
			for (int i = 0; i < count; i++, row++) {
				text.append("    ").append(day(start, i, count, days)).append(" \"").append(archiveDescription(row)).append("\" ")
						.append(signed(ARCHIVE_SCORES[Math.floorMod(row * 31 + 7, ARCHIVE_SCORES.length)])).append('\n');
			}
			written += count;
			text.append("}\n");
		}
		text.append("\nsecurity {\n  events\n");
		for (int i = 0; i < securityEvents; i++, row++) {
			text.append("    ").append(day(start, i, securityEvents, days)).append(" \"").append(archiveDescription(row)).append("\" ")
					.append(signed(row % 3 - 1)).append(' ').append(signed(-(row / 3 % 2))).append('\n');
		}
		return text.append("}\n").toString();
	}

	/** A different description for each row number below 29,400: a step coprime with their count visits each once. */
	private static String archiveDescription(int row) {
		int index = (int) ((long) row * 7919 % DESCRIPTIONS);
		int template = index % TEMPLATES.length;
		index /= TEMPLATES.length;
		int first = index % PEOPLE.length;
		index /= PEOPLE.length;
		int second = index % PEOPLE.length;
		int topic = index / PEOPLE.length;
		return TEMPLATES[template].formatted(PEOPLE[first], PEOPLE[second], TOPICS[topic]);
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
