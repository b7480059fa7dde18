package org.barometer.views.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Random;

/**
 * Ten years of a bimonthly publication (60 issues, January–February 2011 to November–December
 * 2020), each with a catalogue of relationship events over five sections and a security
 * catalogue. Descriptions are drawn from templates of real catalogue rows, so that similar
 * events recur across issues with varied scores, as in an archive.
 */
final class SyntheticArchive {

	private static final String[] RELATIONSHIPS = { "Russia", "EU", "China", "US", "Ukraine" };
	private static final String[] PEOPLE = { "Lukashenka", "Makiej", "Haloučanka", "Putin", "Lavrov", "Mishustin", "Borrell",
			"Michel", "Zelensky", "Kuleba", "Wang Yi", "Blinken", "Shoigu", "Naryshkin" };
	private static final String[] TOPICS = { "trade", "energy supplies", "the border crisis", "the nuclear power plant", "sanctions",
			"education", "transit of oil products", "integration", "human rights", "migration", "military exercises", "the loan",
			"visa facilitation", "customs cooperation", "investment" };
	private static final String[] TEMPLATES = { "%1$s’s visit to Minsk", "Telephone conversation between %1$s and %2$s",
			"Statement by %1$s about %3$s", "Meeting of %1$s with %2$s on %3$s", "Signing of an agreement on %3$s",
			"Negative statements by %1$s regarding %3$s", "Forum on %3$s (videoconference)", "Board meeting on %3$s",
			"Restrictions on %3$s announced by %1$s", "Joint commission on %3$s convenes" };
	private static final int[] SCORES = { -3, -2, -1, -1, 1, 1, 1, 2, 3 };

	private SyntheticArchive() {
	}

	static Path write(Path folder, int issues, int events, int securityEvents) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("synthetic.barometer"), profile(), StandardCharsets.UTF_8);
		Random random = new Random(2011);
		for (int k = 0; k < issues; k++) {
			LocalDate start = LocalDate.of(2011 + k / 6, (k % 6) * 2 + 1, 1);
			Files.writeString(folder.resolve("issue-%03d.barometer".formatted(k + 1)), issue(k + 1, start, random, events, securityEvents),
					StandardCharsets.UTF_8);
		}
		return folder;
	}

	static String profile() {
		StringBuilder text = new StringBuilder("profile Synthetic\ntitle \"Synthetic Barometer\"\nscores from -4 to +4\nrelationships {\n");
		for (String relationship : RELATIONSHIPS) {
			text.append("  ").append(relationship).append('\n');
		}
		return text.append("}\nscale \"Colour scale\" {\n")
				.append("  band White from 0 colour #FFFFFF \"Calm\"\n")
				.append("  band Green from -6 to -1 colour #00B050 \"Cautious attention\"\n")
				.append("  band Yellow from -12 to -7 colour #FFFF00 \"Close attention\"\n")
				.append("  band Orange from -17 to -13 colour #FFC000 \"Threatening\"\n")
				.append("  band Red to -18 colour #FF0000 \"Pre-war\"\n}\n").toString();
	}

	static String issue(int number, LocalDate start, Random random, int events, int securityEvents) {
		int days = (int) (start.plusMonths(2).toEpochDay() - start.toEpochDay());
		StringBuilder text = new StringBuilder(96 * (events + securityEvents) + 1024);
		text.append("issue ").append(number).append(" of Synthetic\nperiod ").append(month(start)).append('-')
				.append(month(start.plusMonths(1))).append(' ').append(start.getYear()).append("\neditor \"Benchmark\"\n");
		int perSection = events / RELATIONSHIPS.length;
		for (int s = 0; s < RELATIONSHIPS.length; s++) {
			text.append("\nrelationship ").append(RELATIONSHIPS[s]).append(" by \"Analyst\" {\n  events\n");
			for (int i = 0; i < perSection; i++) {
				text.append("    ").append(day(start, i, perSection, days)).append(" \"").append(description(random)).append("\" ")
						.append(signed(SCORES[random.nextInt(SCORES.length)])).append('\n');
			}
			text.append("}\n");
		}
		text.append("\nsecurity {\n  events\n");
		for (int i = 0; i < securityEvents; i++) {
			text.append("    ").append(day(start, i, securityEvents, days)).append(" \"").append(description(random)).append("\" ")
					.append(signed(random.nextInt(3) - 1)).append(' ').append(signed(-random.nextInt(2))).append('\n');
		}
		return text.append("}\n").toString();
	}

	private static String description(Random random) {
		return TEMPLATES[random.nextInt(TEMPLATES.length)].formatted(PEOPLE[random.nextInt(PEOPLE.length)],
				PEOPLE[random.nextInt(PEOPLE.length)], TOPICS[random.nextInt(TOPICS.length)]);
	}

	private static String day(LocalDate start, int i, int count, int days) {
		LocalDate day = start.plusDays((long) i * days / Math.max(1, count));
		return day.getDayOfMonth() + " " + month(day);
	}

	private static String month(LocalDate date) {
		return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

	private static String signed(int score) {
		return score > 0 ? "+" + score : Integer.toString(score);
	}
}
