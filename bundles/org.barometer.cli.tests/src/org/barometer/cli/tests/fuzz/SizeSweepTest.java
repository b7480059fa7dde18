package org.barometer.cli.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.barometer.cli.tests.hardening.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that grow in one dimension, through `validate` (and `export` for catalogues): the time
 * per element must stay flat. Measured (as CPU time) at five sizes, each doubling the last, 16
 * times the smallest at the end; a quadratic cost makes the per-element time of the largest
 * sixteen times that of the smallest, a linear one keeps it near one (the time of the input
 * before it grows is subtracted). A linear cost can still look a few times dearer at the largest
 * size (a model that no longer fits the caches, the compiler's timing; x4.2 was seen once for
 * trends on a quiet machine, x0.7 the next run), so the limit is half the quadratic factor, the
 * best of three runs counts at each size, and a growth is confirmed by a second sweep before it fails.
 */
class SizeSweepTest {

	private static final int SIZES = 5;
	private static final double FACTOR = 8.0;
	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	@TempDir
	Path work;

	private String profile;
	private String issue;

	private Map<String, IntFunction<String[]>> growths() throws IOException {
		Path examples = CommandRun.examples();
		profile = Files.readString(examples.resolve("minsk-barometer.barometer"));
		issue = Files.readString(examples.resolve("issue-18-nov-dec-2020.barometer"));
		String row = "\"Reduction in roaming fees\"  +1";
		Map<String, IntFunction<String[]>> growths = new LinkedHashMap<>();
		growths.put("extra scores on one row", n -> new String[] { profile, issue.replace(row, row + " +1".repeat(n)) });
		growths.put("rows of a catalogue", n -> new String[] { profile, issue.replace(row, row + rows(n)) });
		growths.put("repeated rows", n -> new String[] { profile, issue.replace(row, row + ("\n    1 November \"Same\" +1").repeat(n)) });
		growths.put("bands of the scale", n -> new String[] { profile.replace("band White", bands(n) + "\n  band White"), issue });
		growths.put("one long description", n -> new String[] { profile, issue.replace("\"Reduction in roaming fees\"", "\"" + "word ".repeat(n) + "\"") });
		growths.put("stated figures", n -> new String[] { profile, issue.replace("stated aggregate +14", "stated" + " total +1".repeat(n) + " aggregate +14") });
		growths.put("trends", n -> new String[] { profile, issue.replace("  trends\n", "  trends\n" + "    1. \"A trend.\"\n".repeat(n)) });
		growths.put("unclosed quotes", n -> new String[] { profile, issue.replace(row, row + "\n    1 November \"open".repeat(n)) });
		return growths;
	}

	private static String rows(int n) {
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < n; i++) {
			rows.append("\n    ").append(1 + i % 30).append(" November \"Event ").append(i).append("\" ").append(i % 2 == 0 ? "+1" : "-1");
		}
		return rows.toString();
	}

	private static String bands(int n) {
		StringBuilder bands = new StringBuilder();
		for (int i = 0; i < n; i++) {
			bands.append("\n  band B").append(i).append(" from ").append(-1000 - 2 * i - 1).append(" to ").append(-1000 - 2 * i)
					.append(" colour #FF0000");
		}
		return bands.toString();
	}

	@Test
	void validationTimeGrowsLinearly() throws IOException {
		List<String> findings = new ArrayList<>();
		long start = System.nanoTime();
		for (Map.Entry<String, IntFunction<String[]>> growth : growths().entrySet()) {
			double ratio = ratio(growth.getValue(), "validate");
			if (ratio > FACTOR) {
				ratio = Math.min(ratio, ratio(growth.getValue(), "validate")); // confirm on a second sweep
			}
			System.out.printf("[sweep] validate, %s: per-element time x%.2f from the smallest to the largest size%n", growth.getKey(), ratio);
			if (ratio > FACTOR) {
				findings.add(growth.getKey() + ": per-element time grows x" + String.format("%.1f", ratio));
			}
		}
		double exportRatio = ratio(growths().get("rows of a catalogue"), "export");
		if (exportRatio > FACTOR) {
			exportRatio = Math.min(exportRatio, ratio(growths().get("rows of a catalogue"), "export"));
		}
		System.out.printf("[sweep] export, rows of a catalogue: x%.2f; the sweeps took %.1f s%n", exportRatio, (System.nanoTime() - start) / 1e9);
		if (exportRatio > FACTOR) {
			findings.add("export of catalogue rows: per-element time grows x" + String.format("%.1f", exportRatio));
		}
		assertTrue(findings.isEmpty(), String.join("\n", findings));
	}

	/**
	 * The per-element time at the largest of the sizes over that at the smallest (best of three
	 * runs each, less the time of the input without growth, so that the fixed cost of a run does
	 * not flatter the small sizes).
	 */
	private double ratio(IntFunction<String[]> growth, String command) throws IOException {
		int smallest = command.equals("export") ? 250 : 1000;
		run(growth.apply(smallest), command); // warm up the code paths of this input
		long baseline = best(growth.apply(0), command);
		double[] perElement = new double[SIZES];
		for (int step = 0; step < SIZES; step++) {
			int size = smallest << step;
			perElement[step] = (double) Math.max(best(growth.apply(size), command) - baseline, 1_000_000L) / size;
		}
		return perElement[SIZES - 1] / perElement[0];
	}

	private long best(String[] texts, String command) throws IOException {
		long best = Long.MAX_VALUE;
		for (int repeat = 0; repeat < 3; repeat++) {
			best = Math.min(best, run(texts, command));
		}
		return best;
	}

	/**
	 * CPU nanoseconds of this thread for one run of the command on a project of the profile and
	 * the issue: the command runs in this thread, and CPU time, unlike the time on the clock,
	 * does not count the time other processes of a busy machine take.
	 */
	private long run(String[] texts, String command) throws IOException {
		Path project = Files.createTempDirectory(work, "p");
		Files.writeString(project.resolve("profile.barometer"), texts[0]);
		Path issueFile = project.resolve("issue.barometer");
		Files.writeString(issueFile, texts[1]);
		long start = CPU.getCurrentThreadCpuTime();
		CommandRun run = command.equals("export")
				? CommandRun.of("export", "--out", project.resolve("out").toString(), issueFile.toString())
				: CommandRun.of("validate", project.toString());
		long time = CPU.getCurrentThreadCpuTime() - start;
		assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.toString());
		return time;
	}
}
