package org.barometer.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.export.IssueTitles;
import org.barometer.export.docx.AppendixDocxWriter;
import org.barometer.export.docx.DocxTemplate;
import org.barometer.export.docx.IssueDocxWriter;
import org.barometer.export.xlsx.IssueWorkbookWriter;
import org.barometer.model.Issue;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecuritySection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports as a reader sees them: rendered to PDF by LibreOffice and read back as text
 * with pdftotext, every total is on the page, on its Total line, in catalogue order. Skipped
 * where LibreOffice or poppler-utils are not installed (CI installs them).
 */
class RenderingTest {

	private static final Pattern TOTAL_LINE = Pattern.compile("^\\s*Total\\s+(.*?)\\s*$");

	@TempDir
	static Path folder;

	@BeforeAll
	static void toolsAreInstalled() {
		assumeTrue(runs("libreoffice", "--version"), "libreoffice is not installed");
		assumeTrue(runs("pdftotext", "-v"), "pdftotext (poppler-utils) is not installed");
	}

	@Test
	void everyTotalOfTheWordAppendicesAndIssuesIsPrinted() throws Exception {
		for (Issue issue : ExampleIssues.examples()) {
			Path appendices = folder.resolve("appendices-" + issue.getNumber() + ".docx");
			new AppendixDocxWriter(DocxTemplate.bundled(), false).write(issue, appendices);
			assertEquals(expectedTotals(issue), totalLines(render(appendices)), "appendices of issue " + issue.getNumber());

			Path whole = folder.resolve("issue-" + issue.getNumber() + ".docx");
			new IssueDocxWriter(DocxTemplate.bundled(), true).write(issue, whole);
			String text = render(whole);
			assertEquals(expectedTotals(issue), totalLines(text), "issue " + issue.getNumber());
			for (RelationshipSection section : issue.getSections()) {
				String summary = section.getRelationship().getTitle() + " " + Expected.signed(Expected.total(section)) + " "
						+ Expected.signed(Expected.positive(section)) + " " + Expected.signed(Expected.negative(section));
				assertTrue(normalised(text).contains(summary), "index summary line " + summary);
				assertTrue(normalised(text).contains("Aggregate index: " + Expected.signed(Expected.total(section))), "header block");
			}
		}
	}

	/**
	 * Issue 18 as a whole issue, converted as is (no field update): the cover has no page number,
	 * the next page has the running header and its number, and the contents list every section,
	 * each of which starts a page of its own after them.
	 */
	@Test
	void theContentsListTheSectionsAndTheCoverHasNoNumber() throws Exception {
		Issue issue = ExampleIssues.examples().get(1);
		Path whole = folder.resolve("issue-18-whole.docx");
		new IssueDocxWriter(DocxTemplate.bundled(), false).write(issue, whole);
		String[] pages = render(whole).split("\f");
		assertTrue(pages.length > 10, "pages: " + pages.length);
		assertFalse(Pattern.compile("(?m)^\\s*\\d+\\s*$").matcher(pages[0]).find(), "a number on the cover:\n" + pages[0]);
		assertTrue(normalised(pages[1]).contains("Minsk Barometer · № 18 · November and December 2020"), "running header:\n" + pages[1]);
		assertTrue(Pattern.compile("(?m)^\\s*2\\s*$").matcher(pages[1]).find(), "page number 2 on the second page:\n" + pages[1]);

		int contents = pageWith(pages, "^\\s*Contents\\s*$");
		List<String> sections = new ArrayList<>(List.of("Index summary"));
		issue.getSections().forEach(s -> sections.add(IssueTitles.relationshipHeading(s.getRelationship())));
		sections.addAll(List.of("Security Barometer: status of national and regional security", "Appendix 1", "Appendix 2", "Appendix 3"));
		int previous = contents;
		for (String title : sections) {
			String line = "^\\s*" + Pattern.quote(title) + "\\s*$";
			assertTrue(Pattern.compile("(?m)" + line).matcher(pages[contents]).find(), "the contents list " + title + ":\n" + pages[contents]);
			// a long heading wraps: its words, on the lines it takes
			String heading = "^\\s*" + String.join("\\s+", java.util.Arrays.stream(title.split(" ")).map(Pattern::quote).toList());
			int page = pageWith(pages, previous + 1, heading);
			assertTrue(page > previous, title + " after the contents, in their order");
			previous = page;
		}
	}

	private static int pageWith(String[] pages, String line) {
		return pageWith(pages, 0, line);
	}

	private static int pageWith(String[] pages, int from, String line) {
		Pattern pattern = Pattern.compile("(?m)" + line);
		for (int i = from; i < pages.length; i++) {
			if (pattern.matcher(pages[i]).find()) {
				return i;
			}
		}
		throw new AssertionError("no page with " + line);
	}

	@Test
	void everyTotalOfTheWorkbooksIsPrinted() throws Exception {
		for (Issue issue : ExampleIssues.examples()) {
			Path workbook = folder.resolve("workbook-" + issue.getNumber() + ".xlsx");
			new IssueWorkbookWriter().write(issue, workbook);
			String text = render(workbook);
			List<String> expected = new ArrayList<>();
			for (RelationshipSection section : issue.getSections()) {
				expected.add(Expected.signed(Expected.total(section)));
			}
			SecuritySection security = issue.getSecurity();
			expected.add(Expected.signed(Expected.national(security)) + " " + Expected.signed(Expected.regional(security)));
			assertEquals(expected, totalLines(text), "workbook of issue " + issue.getNumber());
			for (RelationshipSection section : issue.getSections()) {
				String summary = section.getRelationship().getTitle() + " " + Expected.signed(Expected.total(section)) + " "
						+ Expected.signed(Expected.positive(section)) + " " + Expected.signed(Expected.negative(section));
				assertTrue(normalised(text).contains(summary), "Summary sheet line " + summary);
			}
			assertTrue(normalised(text).contains("Regional tension " + Expected.signed(Expected.regional(security)) + " "
					+ Expected.colourName(issue.getProfile().getScale(), Expected.regional(security))), "Summary sheet colour");
		}
	}

	/** Issue 17's letter and Ukraine forecast as printed: real bullets before the items, emphasis without its stars. */
	@Test
	void listsAndEmphasisArePrintedWithoutMarkup() throws Exception {
		Issue issue17 = ExampleIssues.examples().get(0);
		Path whole = folder.resolve("issue-17-narrative.docx");
		new IssueDocxWriter(DocxTemplate.bundled(), false).write(issue17, whole);
		String text = normalised(render(whole));
		String running = text.replaceAll("\\s+", " ");
		assertFalse(text.contains("*"), "no star of the markup is printed");
		assertTrue(running.contains("between Minsk and the European Union continue"), "bold words in their sentence");
		assertTrue(running.contains("which impacted inter alia NATO"), "italic words in their sentence");
		for (String item : List.of("Belarus will be interested in intermediaries", "Belarus is interested in preserving the Ukrainian")) {
			assertTrue(Pattern.compile("(?m)^\\s*\u2022\\s+" + Pattern.quote(item)).matcher(text).find(),
					"a bullet starts the line of the item \"" + item + "\"");
		}
		assertTrue(Pattern.compile("(?m)^\\s*\u2022\\s+SMARTBIOTECH LLC").matcher(text).find(), "the Great Stone residents are a list");
	}

	/** "+23", ..., then the security line "-8 -10 (Yellow)": what each Total line of the appendices must read. */
	private static List<String> expectedTotals(Issue issue) {
		List<String> totals = new ArrayList<>();
		for (RelationshipSection section : issue.getSections()) {
			totals.add(Expected.signed(Expected.total(section)));
		}
		SecuritySection security = issue.getSecurity();
		totals.add(Expected.signed(Expected.national(security)) + " " + Expected.regionalTotal(security, issue.getProfile().getScale()));
		return totals;
	}

	private static List<String> totalLines(String text) {
		List<String> totals = new ArrayList<>();
		for (String line : text.split("\n")) {
			Matcher matcher = TOTAL_LINE.matcher(line);
			if (matcher.matches()) {
				totals.add(matcher.group(1).replaceAll("\\s+", " "));
			}
		}
		return totals;
	}

	private static String normalised(String text) {
		return text.replaceAll("[ \\t]+", " ");
	}

	/** The file as PDF text, laid out in lines as on the page. */
	private static String render(Path file) throws IOException, InterruptedException {
		Path pdfFolder = Files.createDirectories(folder.resolve("pdf-" + file.getFileName()));
		// a profile of our own: another LibreOffice running on the machine must not lock us out
		String profile = folder.resolve("libreoffice-profile").toUri().toString();
		run("libreoffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", pdfFolder.toString(),
				file.toString());
		String name = file.getFileName().toString();
		Path pdf = pdfFolder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
		assertTrue(Files.isRegularFile(pdf), "LibreOffice did not convert " + file);
		Path text = pdfFolder.resolve("text.txt");
		run("pdftotext", "-layout", pdf.toString(), text.toString());
		keep(pdf);
		return Files.readString(text, StandardCharsets.UTF_8);
	}

	/** The PDFs stay in target/renders, for a person to look at (the temporary folder goes). */
	private static void keep(Path pdf) throws IOException {
		Path renders = Files.createDirectories(Path.of("target", "renders"));
		Files.copy(pdf, renders.resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(3, TimeUnit.MINUTES), String.join(" ", command) + " timed out");
		assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + output);
	}

	private static boolean runs(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0;
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}
}
