package org.barometer.cli.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.barometer.cli.tests.hardening.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded fuzz campaign the build runs (issue 13, "keep it so"): mutants of the examples
 * through `validate` and `export` as the command line runs them, for a fixed time. Any run that
 * breaks a rule of {@link OutputRules} fails the build with the seed that replays it. The time
 * is {@code barometer.fuzz.seconds} (default 60: the campaign and the size sweep together stay
 * near two minutes), half validating, half exporting.
 */
class FuzzCampaignTest {

	private static final long SEED = Long.getLong("barometer.fuzz.seed", 13L);
	private static final int SECONDS = Integer.getInteger("barometer.fuzz.seconds", 60);

	@TempDir
	Path work;

	@Test
	void mutantsOfTheExamplesNeverBreakTheRules() throws IOException {
		Path examples = CommandRun.examples();
		String profile = Files.readString(examples.resolve("minsk-barometer.barometer"));
		List<String> issues = List.of(Files.readString(examples.resolve("issue-17-sep-oct-2020.barometer")),
				Files.readString(examples.resolve("issue-18-nov-dec-2020.barometer")));
		List<String> findings = new ArrayList<>();
		long start = System.nanoTime();
		long validateUntil = start + SECONDS * 500_000_000L;
		long exportUntil = start + SECONDS * 1_000_000_000L;
		int validated = 0;
		int exported = 0;
		for (long n = 0; System.nanoTime() < exportUntil && findings.size() < 10; n++) {
			long seed = SEED * 1_000_003L + n;
			Mutator mutator = new Mutator(seed);
			boolean mutateProfile = n % 5 == 4;
			String issue = issues.get((int) (n % 2));
			Path project = Files.createDirectories(work.resolve("m" + n));
			// a lone surrogate becomes '?' in UTF-8
			Files.write(project.resolve("minsk-barometer.barometer"), (mutateProfile ? mutator.mutate(profile) : profile).getBytes(StandardCharsets.UTF_8));
			Path file = project.resolve("issue.barometer");
			Files.write(file, (mutateProfile ? issue : mutator.mutate(issue)).getBytes(StandardCharsets.UTF_8));
			String broken;
			if (System.nanoTime() < validateUntil) {
				broken = OutputRules.checkValidate(CommandRun.of("validate", project.toString()));
				validated++;
			} else {
				Path out = Files.createDirectories(project.resolve("out"));
				broken = OutputRules.checkExport(CommandRun.of("export", "--out", out.toString(), file.toString()), out);
				exported++;
			}
			if (broken != null) {
				findings.add("seed " + seed + (mutateProfile ? " (profile)" : "") + ": " + broken);
			}
			deleteQuietly(project);
		}
		System.out.printf("[fuzz] %d mutants validated, %d exported, in %.1f s (seed %d): %d findings%n", validated, exported,
				(System.nanoTime() - start) / 1e9, SEED, findings.size());
		findings.forEach(f -> System.out.println("[fuzz] " + f));
		assertTrue(findings.isEmpty(), String.join("\n", findings));
	}

	private static void deleteQuietly(Path folder) {
		try (var files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary folder; JUnit removes what is left
		}
	}
}
