package org.barometer.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.barometer.cli.BarometerCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `barometer validate` in a real OSGi runtime: output lines, summary and exit codes. */
class ValidateCommandTest {

	private static final String PROFILE = "profile T scores from -3 to +3 relationships { Russia }\n";
	private static final String GOOD = "issue 1 of T period November-December 2020\n"
			+ "relationship Russia { trends 1. \"t\" forecast \"f\" events\n  1 November \"A\" +1\n}\n";

	@TempDir
	Path project;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return BarometerCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void cleanProjectExitsZero() throws IOException {
		write("profile.barometer", PROFILE);
		write("issue-1.barometer", GOOD);
		assertEquals(0, run("validate", project.toString()), out() + err);
		assertEquals("2 files checked: 0 errors, 0 warnings.", out().strip());
	}

	@Test
	void errorsArePrintedWithPlaceAndCodeAndExitOne() throws IOException {
		write("profile.barometer", PROFILE);
		Path issue = write("issue-1.barometer", GOOD.replace("+1\n}", "+1\n  2 November \"B\" +7\n}"));
		assertEquals(1, run("validate", issue.toString()), out() + err);
		String[] lines = out().strip().split("\n");
		assertEquals(issue + ":4:18: error: The score +7 is outside the profile's range -3 to +3. [scoreOutOfRange]", lines[0], err());
		assertEquals("1 file checked: 1 error, 0 warnings.", lines[lines.length - 1]);
	}

	@Test
	void singleFileFindsItsProfileInTheSameFolder() throws IOException {
		write("profile.barometer", PROFILE);
		Path issue = write("issue-1.barometer", GOOD);
		assertEquals(0, run("validate", issue.toString()), out() + err);
	}

	@Test
	void syntaxErrorIsReportedNotThrown() throws IOException {
		Path broken = write("broken.barometer", "issue 1 of T period Novembr-December 2020");
		assertEquals(1, run("validate", broken.toString()));
		assertTrue(out().contains(broken + ":1:21: error: "), out() + err());
		assertTrue(out().contains("[Diagnostic.Syntax]"), out());
	}

	@Test
	void badUsageExitsTwo() {
		assertEquals(2, run("validate"));
		assertEquals(2, run("validate", project.resolve("missing.barometer").toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file or folder"));
		assertEquals(2, run("frobnicate"));
		assertEquals(2, run());
	}

	@Test
	void bundledExamplesReportTheirRealInconsistencies() {
		Path examples = Path.of(System.getProperty("barometer.examples"));
		assertEquals(1, run("validate", examples.toString()));
		assertTrue(out().contains("[statedFigureMismatch]"), out() + err());
		assertTrue(out().contains("[scaleGap]"), out());
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(project.resolve(name), text, StandardCharsets.UTF_8);
	}
}
