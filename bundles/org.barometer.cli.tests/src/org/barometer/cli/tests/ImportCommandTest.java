package org.barometer.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.barometer.cli.BarometerCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `barometer import` in a real OSGi runtime: files written, the report, refusals and exit codes. */
class ImportCommandTest {

	private static final Path REFERENCE = Path.of(System.getProperty("barometer.reference", "../org.barometer.importer.tests/resources/reference"));
	private static final Path EXAMPLES = Path.of(System.getProperty("barometer.examples", "../../examples"));
	private static final Path ISSUE_17 = REFERENCE.resolve("issue-17-sep-oct-2020.txt");
	private static final Path ISSUE_18 = REFERENCE.resolve("issue-18-nov-dec-2020.txt");

	@TempDir
	Path work;
	private Path out;

	private ByteArrayOutputStream stdout = new ByteArrayOutputStream();
	private ByteArrayOutputStream stderr = new ByteArrayOutputStream();

	@BeforeEach
	void setUp() {
		out = work.resolve("imported");
	}

	private int run(String... args) {
		stdout = new ByteArrayOutputStream();
		stderr = new ByteArrayOutputStream();
		return BarometerCommandLine.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return stdout.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return stderr.toString(StandardCharsets.UTF_8);
	}

	private List<String> written() throws IOException {
		if (!Files.exists(out)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(out)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void bothReferenceIssuesComeInWithTheirProfileAndReports() throws IOException {
		assertEquals(0, run("import", "-o", out.toString(), REFERENCE.toString()), out() + err());
		assertEquals(List.of("issue-17-sep-oct-2020.barometer", "issue-18-nov-dec-2020.barometer", "minsk-barometer.barometer"), written());
		List<String> lines = out().lines().toList();
		assertEquals("wrote " + out.resolve("minsk-barometer.barometer"), lines.get(0));
		assertEquals("wrote " + out.resolve("issue-17-sep-oct-2020.barometer"), lines.get(1));
		assertEquals("wrote " + out.resolve("issue-18-nov-dec-2020.barometer"), lines.get(2));
		assertTrue(lines.stream().anyMatch(l -> l.matches("issue-17-sep-oct-2020\\.txt: 730 lines: \\d+ placed, \\d+ page furniture, \\d+ unplaced, \\d+ blank")), out());
		assertTrue(lines.contains("  issue-17-sep-oct-2020.txt:61: unplaced: Minsk Dialogue"), out());
		// what the publication got wrong is there for the validator, exactly the examples' pinned findings (places aside)
		assertEquals(1, run("validate", out.toString()), out() + err());
		for (String name : List.of("issue-17-sep-oct-2020", "issue-18-nov-dec-2020", "minsk-barometer")) {
			List<String> pinned = lines(EXAMPLES.resolve("expected/" + name + ".barometer.diagnostics"))
					.filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.replaceFirst("^\\d+:\\d+: ", "")).toList();
			String prefix = out.resolve(name + ".barometer") + ":";
			List<String> found = out().lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).replaceFirst("^\\d+:\\d+: ", ""))
					.toList();
			assertEquals(String.join("\n", pinned), String.join("\n", found), name);
		}
	}

	@Test
	void theSameImportAgainLeavesTheFilesAsTheyAre() throws IOException {
		assertEquals(0, run("import", "-o", out.toString(), ISSUE_18.toString()), err());
		byte[] first = Files.readAllBytes(out.resolve("issue-18-nov-dec-2020.barometer"));
		assertEquals(0, run("import", "-o", out.toString(), ISSUE_18.toString()), err());
		assertTrue(out().startsWith("unchanged " + out.resolve("minsk-barometer.barometer") + "\nunchanged "), out());
		assertEquals(2, written().size());
		assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(out.resolve("issue-18-nov-dec-2020.barometer"))));
	}

	@Test
	void aDifferentFileOfTheSameNameIsKeptAndTheImportWrittenBesideIt() throws IOException {
		Files.createDirectories(out);
		Files.writeString(out.resolve("issue-18-nov-dec-2020.barometer"), "// the editor's own work\n");
		assertEquals(0, run("import", "-o", out.toString(), "--profile", EXAMPLES.resolve("minsk-barometer.barometer").toString(), ISSUE_18.toString()), err());
		assertEquals("// the editor's own work\n", Files.readString(out.resolve("issue-18-nov-dec-2020.barometer")));
		assertEquals(List.of("issue-18-nov-dec-2020 (2).barometer", "issue-18-nov-dec-2020.barometer"), written());
	}

	@Test
	void withAProfileOnlyTheIssueIsWrittenAndItRefersToTheProfile() throws IOException {
		Path profile = EXAMPLES.resolve("minsk-barometer.barometer");
		assertEquals(0, run("import", "-o", out.toString(), "--profile", profile.toString(), ISSUE_17.toString()), err());
		assertEquals(List.of("issue-17-sep-oct-2020.barometer"), written());
		assertTrue(Files.readString(out.resolve("issue-17-sep-oct-2020.barometer")).startsWith("issue 17 of MinskBarometer\n"));
	}

	@Test
	void aSourceThatCannotBeReadIsNamedAndNothingIsWritten() throws IOException {
		Path sources = Files.createDirectories(work.resolve("sources"));
		Files.copy(ISSUE_18, sources.resolve("issue-18.txt"));
		Files.write(sources.resolve("issue-19.txt"), new byte[] { 'a', '\n', 'b', '\n', (byte) 0xC3, (byte) 0x28, '\n' });
		assertEquals(1, run("import", "-o", out.toString(), sources.toString()), out() + err());
		assertTrue(err().contains("issue-19.txt: not UTF-8 text (line 3)"), err());
		assertTrue(err().contains("nothing written"), err());
		assertEquals(List.of(), written());
		assertEquals("", out());
	}

	@Test
	void aFileOfAnotherKindAndABadProfileAreBadUsage() throws IOException {
		Path other = Files.writeString(work.resolve("notes.odt"), "x");
		assertEquals(2, run("import", "-o", out.toString(), other.toString()), err());
		assertTrue(err().startsWith("barometer import: notes.odt: not a published issue the import reads"), err());
		Path badProfile = Files.writeString(work.resolve("profile.barometer"), "profile P relationships { Russia \"Russia\"");
		assertEquals(2, run("import", "-o", out.toString(), "--profile", badProfile.toString(), ISSUE_18.toString()), err());
		assertTrue(err().startsWith("barometer import: --profile " + badProfile + ":1:"), err());
		assertEquals(List.of(), written());
	}

	private static Stream<String> lines(Path file) {
		try {
			return Files.readAllLines(file).stream();
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
