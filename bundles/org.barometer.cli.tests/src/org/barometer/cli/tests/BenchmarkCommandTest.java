package org.barometer.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.barometer.cli.BarometerCommandLine;
import org.junit.jupiter.api.Test;

/** `barometer benchmark` (parse and validate) and `benchmark export`: a count of runs that measures nothing is refused in words, as the import benchmark refuses it. */
class BenchmarkCommandTest {

	@Test
	void noMeasuredRunIsRefusedInWords() {
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		int exit = BarometerCommandLine.run(new String[] { "benchmark", "--runs", "0", "--sizes", "100" },
				new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
		assertEquals(BarometerCommandLine.USAGE, exit);
		assertEquals("barometer benchmark: --runs 0: at least one measured run is needed for a median.",
				stderr.toString(StandardCharsets.UTF_8).strip());
		assertEquals("", stdout.toString(StandardCharsets.UTF_8));
	}

	@Test
	void theExportBenchmarkRefusesNoMeasuredRunInWords() {
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		int exit = BarometerCommandLine.run(new String[] { "benchmark", "export", "--runs", "0" },
				new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
		assertEquals(BarometerCommandLine.USAGE, exit);
		assertEquals("barometer benchmark export: --runs 0: at least one measured run is needed for a median.",
				stderr.toString(StandardCharsets.UTF_8).strip());
		assertEquals("", stdout.toString(StandardCharsets.UTF_8));
	}
}
