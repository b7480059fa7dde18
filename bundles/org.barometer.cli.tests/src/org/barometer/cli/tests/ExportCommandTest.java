package org.barometer.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `barometer export` in a real OSGi runtime: files written, progress and error lines, exit codes. */
class ExportCommandTest {

	private static final String PROFILE = "profile T scores from -3 to +3 relationships { Russia }\n"
			+ "scale { band Calm above -3 colour #FFFFFF band Tense to -3 colour #FF0000 }\n";
	private static final String GOOD = "issue 1 of T period November-December 2020\n"
			+ "relationship Russia { stated aggregate +9 trends 1. \"t\" forecast \"f\" events\n  1 November \"A\" +1\n}\n"
			+ "security { events\n  2 November \"B\" -1 -1\n}\n";

	@TempDir
	Path project;
	@TempDir
	Path out;

	private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
	private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

	private int run(String... args) {
		return BarometerCommandLine.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return stdout.toString(StandardCharsets.UTF_8);
	}

	/** The errors examples/expected pins for an issue, as `line:col: error: message [code]`. */
	private static List<String> pinnedErrors(Path examples, String issue) throws IOException {
		List<String> errors = Files.readAllLines(examples.resolve("expected").resolve(issue + ".diagnostics")).stream()
				.filter(line -> line.contains(": error: ")).toList();
		assertFalse(errors.isEmpty(), issue);
		return errors;
	}

	private String err() {
		return stderr.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theExamplesExportToWordAndExcelDespiteTheirStatedFigures() throws IOException {
		Path examples = Path.of(System.getProperty("barometer.examples"));
		assertEquals(0, run("export", examples.toString(), "--out", out.toString()), out() + err());
		assertEquals(List.of("MinskBarometer-archive.xlsx", "issue-17-sep-oct-2020-appendices.docx", "issue-17-sep-oct-2020.docx",
				"issue-17-sep-oct-2020.xlsx", "issue-18-nov-dec-2020-appendices.docx", "issue-18-nov-dec-2020.docx",
				"issue-18-nov-dec-2020.xlsx"), files());
		for (String issue : List.of("issue-17-sep-oct-2020.barometer", "issue-18-nov-dec-2020.barometer")) {
			for (String error : pinnedErrors(examples, issue)) {
				assertTrue(out().contains(examples.resolve(issue) + ":" + error),
						"the issue's errors are printed as it goes, " + error + " missing:\n" + out());
			}
		}
		assertTrue(out().contains("issue-17-sep-oct-2020.barometer: exported issue 17 to "), out());
		assertTrue(out().contains("minsk-barometer.barometer: a publication profile, nothing to export"), out());
		assertTrue(out().strip().endsWith("2 issues exported, 0 not, 7 files written to " + out + "."), out());
		assertNoStackTrace();
	}

	@Test
	void formatsAreChosenOneByOne() throws IOException {
		write("profile.barometer", PROFILE);
		Path issue = write("issue-1.barometer", GOOD);
		assertEquals(0, run("export", "--docx", "appendix", "--out", out.toString(), issue.toString()), out() + err());
		assertEquals(List.of("issue-1-appendices.docx"), files());
		assertEquals(0, run("export", "--docx", "issue", "--landscape", "--xlsx", "-o", out.toString(), issue.toString()), out() + err());
		assertEquals(List.of("issue-1-appendices.docx", "issue-1.docx", "issue-1.xlsx"), files());
	}

	@Test
	void anIssueThatCannotBeComputedIsNotExportedAndTheOthersAre() throws IOException {
		write("profile.barometer", PROFILE);
		write("issue-1.barometer", GOOD);
		Path broken = write("issue-2.barometer", "issue 2 of T period Novembr-December 2020\n");
		Path orphan = write("issue-3.barometer", GOOD.replace("issue 1 of T", "issue 3 of Unknown"));
		assertEquals(1, run("export", project.toString(), "--out", out.toString()), out() + err());
		assertTrue(out().contains(broken + ":1:21: error: not exported: syntax errors"), out());
		assertTrue(out().contains(orphan + ":1:12: error: not exported: its publication profile is not resolved"), out());
		assertEquals(List.of("issue-1-appendices.docx", "issue-1.docx", "issue-1.xlsx"), files(), "the good issue is exported");
		assertTrue(out().strip().endsWith("1 issue exported, 2 not, 3 files written to " + out + "."), out());
		assertNoStackTrace();
	}

	@Test
	void strictRefusesAnIssueWithAnyError() throws IOException {
		write("profile.barometer", PROFILE);
		Path issue = write("issue-1.barometer", GOOD);
		assertEquals(1, run("export", "--strict", issue.toString(), "--out", out.toString()), out() + err());
		assertTrue(out().contains(issue + ":2:40: error: Stated aggregate index +9 differs from the computed +1. [statedFigureMismatch]"), out());
		assertTrue(out().contains(issue + ":2:40: error: not exported: --strict and 1 error"), out());
		assertEquals(List.of(), files());
		assertEquals(0, run("export", issue.toString(), "--out", out.toString()), "without --strict the computed figures are exported");
	}

	@Test
	void aHouseTemplateIsUsedAndABadOneIsBadUsage() throws IOException {
		write("profile.barometer", PROFILE);
		Path issue = write("issue-1.barometer", GOOD);
		Path notWord = write("template.docx", "not a word document");
		assertEquals(2, run("export", "--template", notWord.toString(), issue.toString(), "--out", out.toString()));
		assertTrue(err().contains("--template " + notWord + ": not a Word document"), err());
		assertEquals(List.of(), files());
		assertNoStackTrace();
		// any Word document serves as a template: its styles and page setup are kept, its text dropped
		assertEquals(0, run("export", "--docx", "appendix", issue.toString(), "--out", project.toString()), out() + err());
		Path house = project.resolve("issue-1-appendices.docx");
		assertEquals(0, run("export", "--template", house.toString(), "--docx", "issue", issue.toString(), "--out", out.toString()),
				out() + err());
		assertEquals(List.of("issue-1.docx"), files());
	}

	@Test
	void oneProgressLinePerWrittenFileWithItsTime() throws IOException {
		write("profile.barometer", PROFILE);
		Path issue = write("issue-1.barometer", GOOD);
		assertEquals(0, run("export", issue.toString(), "--out", out.toString()), out() + err());
		for (String file : List.of("issue-1-appendices.docx", "issue-1.docx", "issue-1.xlsx")) {
			assertTrue(out().lines().anyMatch(line -> line.matches(java.util.regex.Pattern.quote(issue + ": exported issue 1 to "
					+ out.resolve(file)) + " \\(\\d+\\.\\d s\\)")), file + " on a line of its own, with its time:\n" + out());
		}
		assertEquals(3, out().lines().filter(line -> line.contains(": exported issue 1 to ")).count(), out());
	}

	@Test
	void anOutputPathThatIsAFileSaysSo() throws IOException {
		write("profile.barometer", PROFILE);
		Path issue = write("issue-1.barometer", GOOD);
		Path file = write("notes.txt", "not a folder");
		assertEquals(2, run("export", issue.toString(), "--out", file.toString()));
		assertTrue(err().contains("--out " + file + " is a file, not a folder"), err());
		assertFalse(err().contains("cannot create the folder"), err());
		assertEquals("not a folder", Files.readString(file), "the file is left alone");
		assertNoStackTrace();
	}

	@Test
	void strictThatRefusesEverythingCreatesNothing() throws IOException {
		write("profile.barometer", PROFILE);
		Path issue = write("issue-1.barometer", GOOD);
		Path missing = out.resolve("exports").resolve("december");
		assertEquals(1, run("export", "--strict", issue.toString(), "--out", missing.toString()), out() + err());
		assertFalse(Files.exists(out.resolve("exports")), "no folder created for nothing: " + out());
		assertEquals(0, run("export", issue.toString(), "--out", missing.toString()), out() + err());
		assertTrue(Files.isRegularFile(missing.resolve("issue-1.docx")), "created with the first file written");
	}

	@Test
	void aTargetThatCannotBeWrittenIsNamedWithTheReasonNeverTheTemporaryFile() throws IOException {
		write("profile.barometer", PROFILE);
		Path issue = write("issue-1.barometer", GOOD);
		Files.createDirectories(out.resolve("issue-1.docx")); // a folder where the whole issue goes
		assertEquals(1, run("export", issue.toString(), "--out", out.toString()), out() + err());
		assertTrue(out().contains(issue + ":1:1: error: not exported: cannot write " + out.resolve("issue-1.docx")
				+ ": a folder of that name is in the way"), out());
		assertFalse(out().contains(".tmp"), "the temporary file is no concern of the user's: " + out());
		assertEquals(List.of("issue-1.docx"), files(), "all or none: the appendices and the workbook are not written either");
		assertNoStackTrace();
	}

	@Test
	void aHouseTemplateWithoutPageNumberIsNoted() throws IOException {
		write("profile.barometer", PROFILE);
		Path issue = write("issue-1.barometer", GOOD);
		Path house = project.resolve("house.docx");
		try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
				java.io.OutputStream stream = Files.newOutputStream(house)) {
			document.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun().setText("House");
			document.write(stream);
		}
		assertEquals(0, run("export", "--template", house.toString(), "--docx", "issue", issue.toString(), "--out", out.toString()),
				out() + err());
		assertTrue(out().contains("note: the footer of " + house + " has no page number; the Word files get one added under it."), out());
	}

	@Test
	void badUsageExitsTwo() {
		assertEquals(2, run("export"));
		assertEquals(2, run("export", "--docx", "poster", project.toString()));
		assertTrue(err().contains("'poster' is not one of: appendix, issue"), err());
		assertEquals(2, run("export", project.resolve("missing.barometer").toString()));
		assertTrue(err().contains("no such file or folder"), err());
		assertNoStackTrace();
	}

	private void assertNoStackTrace() {
		String all = out() + err();
		assertFalse(all.contains("\tat ") || all.contains("Exception"), all);
	}

	private List<String> files() throws IOException {
		try (Stream<Path> files = Files.list(out)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(project.resolve(name), text, StandardCharsets.UTF_8);
	}
}
