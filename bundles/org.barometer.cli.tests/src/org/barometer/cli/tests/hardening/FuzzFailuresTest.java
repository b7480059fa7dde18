package org.barometer.cli.tests.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failures of issue 13's robustness pass, each reproduced as it was found, through the
 * command line: the inputs are this bundle's resources/hardening folders.
 */
class FuzzFailuresTest {

	@TempDir
	Path work;

	private Path project(String name) {
		return CommandRun.copyResources(name, work.resolve(name));
	}

	private Path out() throws IOException {
		return Files.createDirectories(work.resolve("out"));
	}

	private static void eachLineIsADiagnosticOrSummary(CommandRun run) {
		for (String line : run.lines()) {
			assertFalse(line.contains("Error executing EValidator") || line.contains("Exception") || line.contains("java."),
					"no internal error reaches the user: " + line);
		}
	}

	// 1 ------------------------------------------------------------------------ extra scores

	@Test
	void extraScoresGiveOneDiagnosticPerRow() throws IOException {
		Path project = CommandRun.copyResources("project", work.resolve("extra"));
		Path issue = project.resolve("issue-18-nov-dec-2020.barometer");
		String text = Files.readString(issue);
		String row = "\"Reduction in roaming fees\"  +1";
		Files.writeString(issue, text.replace(row, row + " +1".repeat(20_000)));
		CommandRun run = CommandRun.of("validate", issue.toString());
		List<String> extra = Arrays.stream(run.lines()).filter(l -> l.contains("[tooManyScores]")).toList();
		assertEquals(1, extra.size(), run.toString().substring(0, Math.min(2000, run.toString().length())));
		assertTrue(extra.get(0).contains("remove the 20,000 extra scores."), extra.get(0));
		assertTrue(extra.get(0).startsWith(issue + ":43:"), "located at the first extra score: " + extra.get(0));
	}

	// 2 ------------------------------------------------------------------------ huge years

	@Test
	void aYearTheCalendarCannotHoldIsOneLocatedError() {
		for (String name : List.of("huge-year", "max-int-year")) {
			Path project = project(name);
			CommandRun run = CommandRun.of("validate", project.resolve("issue-18.barometer").toString());
			eachLineIsADiagnosticOrSummary(run);
			List<String> errors = Arrays.stream(run.lines()).filter(l -> l.contains("[periodYearUnsupported]")).toList();
			assertFalse(run.out().contains("[dateInvalid]"), "no row is blamed for the year: " + run);
			assertEquals(1, errors.size(), run.toString());
			assertTrue(errors.get(0).matches(".*issue-18\\.barometer:2:\\d+: error: The year \\d+ is not one a period can have: write a year from 1 to 9999\\. \\[periodYearUnsupported\\]"),
					errors.get(0));
			assertEquals("", run.err(), "nothing on stderr");
		}
	}

	// 3 ------------------------------------------------------------------------ unreadable inputs

	/** A file that even root cannot read: /proc/self/mem is a regular, empty-looking file whose first page is unmapped. */
	@Test
	@EnabledOnOs(OS.LINUX)
	void anUnreadableFileIsReportedAndTheOthersAreStillCheckedAndExported() throws IOException {
		Path project = project("project");
		Files.createSymbolicLink(project.resolve("unreadable.barometer"), Path.of("/proc/self/mem"));
		CommandRun validate = CommandRun.of("validate", project.toString());
		assertEquals(1, validate.exitCode(), validate.toString());
		assertTrue(validate.out().contains(project.resolve("unreadable.barometer") + ":1:1: error: The file is not read: cannot be read"),
				validate.toString());
		assertTrue(validate.out().contains("issue-18-nov-dec-2020.barometer:"), "the readable issue is still checked: " + validate);
		assertTrue(validate.out().contains("2 files checked"), validate.toString());

		CommandRun export = CommandRun.of("export", "--out", out().toString(), project.toString());
		assertEquals(1, export.exitCode(), export.toString());
		assertTrue(Files.exists(out().resolve("issue-18-nov-dec-2020.xlsx")), "the readable issue is exported: " + export);
		assertTrue(export.out().contains("unreadable.barometer:1:1: error: The file is not read"), export.toString());
	}

	@Test
	void anUnreadableSubfolderIsReportedAndTheOthersAreStillChecked() throws IOException {
		Path project = project("project");
		Path locked = Files.createDirectories(project.resolve("locked"));
		Files.writeString(locked.resolve("x.barometer"), "profile X\n");
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		try {
			List<String> args = new ArrayList<>(List.of("validate", project.toString()));
			Path unlistable = locked;
			if (canList(locked)) {
				// root lists any folder, but not /proc/1/map_files without CAP_SYS_ADMIN: the same walk, failing
				unlistable = Path.of("/proc/1/map_files");
				Assumptions.assumeFalse(canList(unlistable), "this machine lists every folder: nothing unreadable to show");
				args.add(unlistable.toString());
			}
			CommandRun run = CommandRun.of(args.toArray(String[]::new));
			assertTrue(run.out().contains(unlistable + ":1:1: error: The folder is not read (permission denied): its files are not checked. [folderNotRead]"),
					run.toString());
			assertTrue(run.out().contains("issue-18-nov-dec-2020.barometer:"), run.toString());
			assertEquals(1, run.exitCode());
		} finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
		}
	}

	private static boolean canList(Path folder) {
		try (var entries = Files.newDirectoryStream(folder)) {
			entries.iterator().hasNext();
			return true;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	// 6 ------------------------------------------------------------------------ endless inputs

	@Test
	@EnabledOnOs(OS.LINUX)
	void aDeviceOrPipeIsNeverReadAsAnIssueOrTemplate() throws Exception {
		Path project = project("project");
		Path zero = Files.createSymbolicLink(project.resolve("zero.barometer"), Path.of("/dev/zero"));
		Path fifo = project.resolve("pipe.barometer");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
		for (Path input : List.of(zero, fifo)) {
			CommandRun run = CommandRun.of("validate", input.toString());
			assertEquals(1, run.exitCode(), run.toString());
			assertTrue(run.out().startsWith(input + ":1:1: error: The file is not read: not a regular file"), run.toString());
		}
		CommandRun folder = CommandRun.of("validate", project.toString());
		assertEquals(1, folder.exitCode(), folder.toString());
		assertTrue(folder.out().contains("2 files checked"), folder.toString());
		for (Path template : List.of(zero, fifo)) {
			CommandRun run = CommandRun.of("export", "--template", template.toString(), "--out", out().toString(),
					project.resolve("issue-18-nov-dec-2020.barometer").toString());
			assertEquals(2, run.exitCode(), run.toString());
			assertTrue(run.err().contains("the template is not read: not a regular file"), run.toString());
		}
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedInWords() throws IOException {
		Path project = project("project");
		Path huge = project.resolve("huge.barometer");
		try (var out = Files.newOutputStream(huge)) {
			byte[] block = new byte[1 << 20];
			Arrays.fill(block, (byte) ' ');
			for (int i = 0; i < 17; i++) {
				out.write(block);
			}
		}
		CommandRun run = CommandRun.of("validate", huge.toString());
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith(huge + ":1:1: error: The file is not read: larger than 16 MB, the most a file may be."), run.toString());
	}

	@Test
	void aZipBombTemplateIsRefusedInOneLineOfWords() throws IOException {
		Path bomb = work.resolve("bomb.docx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 64; i++) {
				zip.write(zeros);
			}
		}
		CommandRun run = CommandRun.of("export", "--template", bomb.toString(), "--out", out().toString(),
				project("project").resolve("issue-18-nov-dec-2020.barometer").toString());
		assertEquals(2, run.exitCode(), run.toString());
		assertEquals("barometer export: --template " + bomb + ": refused: its contents would expand to far more than its size (a possible zip bomb)",
				run.err().strip(), run.toString());
	}

	// 7 ------------------------------------------------------------------------ nameless band

	@Test
	void aProfileWithABrokenBandExportsNothingAndLeavesThePreviousFiles() throws IOException {
		Path project = project("nameless-band");
		Path out = out();
		for (String previous : List.of("issue-18-appendices.docx", "issue-18.docx", "issue-18.xlsx")) {
			Files.writeString(out.resolve(previous), "previous run");
		}
		CommandRun run = CommandRun.of("export", "--out", out.toString(), project.resolve("issue-18.barometer").toString());
		assertEquals(1, run.exitCode(), run.toString());
		eachLineIsADiagnosticOrSummary(run);
		assertTrue(run.out().contains("not exported: its publication profile (minsk-barometer.barometer) has syntax errors"), run.toString());
		for (String previous : List.of("issue-18-appendices.docx", "issue-18.docx", "issue-18.xlsx")) {
			assertEquals("previous run", Files.readString(out.resolve(previous)), previous + " kept");
		}
	}

	// 8 ------------------------------------------------------------------------ sheet names

	@Test
	void sheetNamesAreValidFromAnyTitleAndTheWorkbookOpens() throws IOException {
		Path project = project("sheet-names");
		Path out = out();
		CommandRun run = CommandRun.of("export", "--xlsx", "--out", out.toString(), project.resolve("issue-18.barometer").toString());
		assertEquals(0, run.exitCode(), run.toString());
		try (InputStream in = Files.newInputStream(out.resolve("issue-18.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				String name = workbook.getSheetName(i);
				assertTrue(name.length() <= 31 && !name.startsWith("'") && !name.endsWith("'"), name);
				assertTrue(name.chars().noneMatch(Character::isISOControl), name);
				assertFalse(Character.isHighSurrogate(name.charAt(name.length() - 1)), "no split pair: " + name);
				assertFalse(name.codePoints().anyMatch(c -> c >= 0x1F1E6 && c <= 0x1F1FF), "no half of the flag: " + name);
				assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(name), "no lone surrogate: " + name);
			}
			assertTrue(Stream.of("Russia", "European Union").allMatch(n -> workbook.getSheet(n) != null),
					"sheets named from the titles, mended: " + workbook.getSheetName(1) + ", " + workbook.getSheetName(2));
		}
	}

	// 9 ------------------------------------------------------------------------ smaller wrong results

	@Test
	void aScaleOverTheWholeIntegerRangeHasNoGap() {
		Path project = project("whole-range-scale");
		CommandRun run = CommandRun.of("validate", project.resolve("minsk-barometer.barometer").toString(),
				project.resolve("written-out.barometer").toString());
		assertFalse(run.out().contains("[scaleGap]"), run.toString());
		assertEquals(0, run.exitCode(), run.toString());
	}

	@Test
	void scaleMessagesNameABandWithoutANameInWords() {
		Path project = project("nameless-band-gap");
		CommandRun run = CommandRun.of("validate", project.resolve("minsk-barometer.barometer").toString());
		assertTrue(run.out().contains("error: The colour scale leaves from -19 to -18 in no band (between a band without a name and Orange). [scaleGap]"),
				run.toString());
		assertFalse(run.out().contains("null"), run.toString());
	}

	@Test
	void aByteOrderMarkIsNoSyntaxError() {
		Path project = project("bom");
		CommandRun withMark = CommandRun.of("validate", project.toString());
		CommandRun without = CommandRun.of("validate", project(("project")).toString());
		assertFalse(withMark.out().contains("Syntax"), withMark.toString());
		assertEquals(without.lines().length, withMark.lines().length, "the same checks as without the mark:\n" + withMark + "\n" + without);
	}

	@Test
	void aProfileDeclaredTwiceIsAnErrorInBothFilesAndTheIssue() {
		Path project = project("two-profiles");
		CommandRun run = CommandRun.of("validate", project.toString());
		assertTrue(run.out().contains("a-copy-of-the-profile.barometer:4:9: error: The profile MinskBarometer is also declared in minsk-barometer.barometer"),
				run.toString());
		assertTrue(run.out().contains("minsk-barometer.barometer:4:9: error: The profile MinskBarometer is also declared in a-copy-of-the-profile.barometer"),
				run.toString());
		assertTrue(run.out().contains("issue-18.barometer:1:13: error: The profile MinskBarometer is declared in 2 files"), run.toString());
	}

	@Test
	void scoresThatAddUpBeyondAnIndexAreAnErrorAndNotExported() throws IOException {
		Path project = project("max-score");
		CommandRun run = CommandRun.of("validate", project.resolve("issue-18.barometer").toString());
		assertTrue(run.out().contains("error: The scores of this catalogue add up beyond +2147483647, the most an index can hold"), run.toString());
		assertFalse(run.out().contains("-2147483636"), "no wrapped-around figure: " + run);
		CommandRun export = CommandRun.of("export", "--out", out().toString(), project.resolve("issue-18.barometer").toString());
		assertEquals(1, export.exitCode(), export.toString());
		assertFalse(Files.exists(out().resolve("issue-18.xlsx")), export.toString());
	}

	@Test
	void aNumberTooLargeIsRefusedInWords() {
		Path project = project("too-large-number");
		CommandRun run = CommandRun.of("validate", project.resolve("issue-18.barometer").toString());
		assertEquals(1, run.exitCode(), run.toString());
		assertFalse(run.out().contains("For input string"), run.toString());
		assertTrue(run.out().contains("The number '2147483648' is too large"), run.toString());
	}

	@Test
	void aFileNamedJustTheExtensionExportsToNamedFiles() throws IOException {
		Path project = project("project");
		Path nameless = Files.move(project.resolve("issue-18-nov-dec-2020.barometer"), project.resolve(".barometer"));
		CommandRun run = CommandRun.of("export", "--out", out().toString(), nameless.toString());
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(Files.exists(out().resolve("barometer.docx")) && Files.exists(out().resolve("barometer-appendices.docx")), run.toString());
		assertFalse(Files.exists(out().resolve(".docx")), run.toString());
	}
}
