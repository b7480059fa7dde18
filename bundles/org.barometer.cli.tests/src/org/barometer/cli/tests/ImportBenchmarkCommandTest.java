package org.barometer.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.barometer.cli.BarometerCommandLine;
import org.junit.jupiter.api.Test;

/** `barometer benchmark import`: its options as the other benchmarks have them, and a refusal in words for a count that measures nothing. */
class ImportBenchmarkCommandTest {

	private static final Path ISSUE_18 = Path.of(System.getProperty("barometer.reference", "../org.barometer.importer.tests/resources/reference"))
			.resolve("issue-18-nov-dec-2020.txt");

	private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
	private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

	private int run(String... args) {
		return BarometerCommandLine.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8));
	}

	@Test
	void noMeasuredRunIsRefusedInWords() {
		assertEquals(BarometerCommandLine.USAGE, run("benchmark", "import", "--runs", "0", ISSUE_18.toString()));
		assertEquals("barometer benchmark import: --runs 0: at least one measured run is needed for a median.",
				stderr.toString(StandardCharsets.UTF_8).strip());
		assertEquals("", stdout.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aNegativeWarmUpIsRefusedInWords() {
		assertEquals(BarometerCommandLine.USAGE, run("benchmark", "import", "--warm-up", "-1", ISSUE_18.toString()));
		assertEquals("barometer benchmark import: --warm-up -1: the warm-up is a number of seconds, 0 or more.",
				stderr.toString(StandardCharsets.UTF_8).strip());
	}

	@Test
	void theWarmUpIsGivenInSecondsAsInTheExportBenchmark() {
		assertEquals(BarometerCommandLine.OK, run("benchmark", "import", "--runs", "1", "--warm-up", "1", ISSUE_18.toString()));
		String out = stdout.toString(StandardCharsets.UTF_8);
		assertTrue(out.contains("warm (median of 1, after a warm-up of 1 s and at least 30 imports): "), out);
		assertEquals("", stderr.toString(StandardCharsets.UTF_8));
	}
}
