package org.barometer.cli.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.barometer.cli.BarometerCommandLine;
import org.barometer.cli.workspace.WorkspaceLoader;
import org.barometer.export.docx.AppendixDocxWriter;
import org.barometer.export.docx.DocxTemplate;
import org.barometer.export.xlsx.ArchiveWorkbookWriter;
import org.barometer.export.xlsx.IssueWorkbookWriter;
import org.barometer.lang.BarometerStandaloneSetup;
import org.barometer.model.Issue;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `barometer benchmark export`: the cost of the exports against two yardsticks measured in
 * the same run. (1) The appendix of a 150-event issue, warm, against a bare POI write of the
 * same tables (no template, styles, grid, repeated headers or atomic rename): goal under 2×.
 * The export is timed as the command runs it (readiness check, document, temporary file, the
 * check that it opens, rename); the document alone, made in memory, is timed beside it to show
 * what the file handling costs.
 * (2) A synthetic 60-issue archive to .docx and .xlsx, against pandoc converting the same
 * catalogues written as Markdown tables to .docx: goal faster than pandoc.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Prints export times against a bare POI write and against pandoc, measured in the same run.")
public class ExportBenchmarkCommand implements Callable<Integer> {

	@Option(names = "--runs", description = "Measured runs of the appendix export (default: ${DEFAULT-VALUE}).", defaultValue = "200")
	private int runs;

	@Option(names = "--warm-up", paramLabel = "SECONDS", description = "Warm-up time before measuring (default: ${DEFAULT-VALUE}).",
			defaultValue = "10")
	private int warmUpSeconds;

	@Option(names = "--issues", description = "Issues in the synthetic archive (default: ${DEFAULT-VALUE}).", defaultValue = "60")
	private int issues;

	@Option(names = "--events", description = "Relationship events per issue (default: ${DEFAULT-VALUE}).", defaultValue = "150")
	private int events;

	@Option(names = "--security-events", description = "Security events per archive issue (default: ${DEFAULT-VALUE}).", defaultValue = "20")
	private int securityEvents;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException, InterruptedException {
		PrintWriter out = spec.commandLine().getOut();
		if (!MeasuredRuns.accepted(runs, "barometer benchmark export", spec.commandLine().getErr())) {
			return BarometerCommandLine.USAGE;
		}
		Injector injector = BarometerStandaloneSetup.doSetup();
		Path folder = Files.createTempDirectory("barometer-benchmark-export");
		try {
			appendix(out, injector, folder);
			archive(out, injector, folder);
		} finally {
			deleteTree(folder);
		}
		return 0;
	}

	private void appendix(PrintWriter out, Injector injector, Path folder) throws IOException {
		Issue issue = parse(injector, List.of(SyntheticIssue.issue(events))).get(0);
		AppendixDocxWriter writer = new AppendixDocxWriter(DocxTemplate.bundled(), false);
		Path exported = folder.resolve("appendix.docx");
		Path bare = folder.resolve("bare.docx");
		// warm both up before measuring either: the JIT keeps improving POI's XML code for seconds
		long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmUpSeconds);
		for (int i = 0; i < 50 || System.nanoTime() < warmUntil; i++) {
			writer.write(issue, exported);
			bareWrite(issue, bare);
		}
		double[] exportMillis = new double[runs];
		double[] inMemoryMillis = new double[runs];
		double[] bareMillis = new double[runs];
		ByteArrayOutputStream memory = new ByteArrayOutputStream(1 << 16);
		for (int i = 0; i < runs; i++) { // interleaved, so that all see the same machine
			long start = System.nanoTime();
			writer.write(issue, exported);
			exportMillis[i] = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			bareWrite(issue, bare);
			bareMillis[i] = (System.nanoTime() - start) / 1e6;
			memory.reset();
			start = System.nanoTime();
			writer.writeTo(issue, memory);
			inMemoryMillis[i] = (System.nanoTime() - start) / 1e6;
		}
		double exportMedian = median(exportMillis);
		double bareMedian = median(bareMillis);
		out.printf("Appendix of a %d-event issue, warm (%d s), median of %d runs each, interleaved:%n", events, warmUpSeconds, runs);
		out.printf("  barometer appendix export (template, styles, grid, repeated headers, atomic write) %8.2f ms  %7d bytes%n",
				exportMedian, Files.size(exported));
		out.printf("  bare POI write of the same tables (new document, plain table, direct write)        %8.2f ms  %7d bytes%n",
				bareMedian, Files.size(bare));
		out.printf("  ratio %.2f (goal: under 2)%n", exportMedian / bareMedian);
		// what the export pays beyond its document: the temporary file, its check, the rename
		out.printf("  of the export, the document alone (built and zipped in memory)                    %8.2f ms%n%n",
				median(inMemoryMillis));
		out.flush();
	}

	private void archive(PrintWriter out, Injector injector, Path folder) throws IOException, InterruptedException {
		List<String> texts = new ArrayList<>();
		for (int n = 0; n < issues; n++) {
			int year = 2011 + n / 6;
			int firstMonth = 1 + 2 * (n % 6);
			texts.add(SyntheticIssue.issue(n + 1, year, firstMonth, events, securityEvents));
		}
		List<Issue> archive = parse(injector, texts);
		Path ours = Files.createDirectories(folder.resolve("barometer"));
		exportArchive(archive, ours); // warm-up
		long start = System.nanoTime();
		exportArchive(archive, ours);
		double oursSeconds = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		exportDocx(archive, ours);
		double oursDocxSeconds = (System.nanoTime() - start) / 1e9;

		int totalEvents = issues * (events + securityEvents);
		out.printf("Archive of %d synthetic issues (%,d events):%n", issues, totalEvents);
		out.printf("  barometer: %d appendix .docx + %d .xlsx + the archive .xlsx                 %8.2f s%n", issues, issues, oursSeconds);
		out.printf("  barometer: the %d appendix .docx alone                                    %8.2f s%n", issues, oursDocxSeconds);
		Path markdown = Files.createDirectories(folder.resolve("markdown"));
		List<Path> sources = new ArrayList<>();
		StringBuilder all = new StringBuilder();
		for (Issue issue : archive) {
			String text = MarkdownCatalogue.of(issue);
			sources.add(Files.writeString(markdown.resolve("issue-" + issue.getNumber() + ".md"), text, StandardCharsets.UTF_8));
			all.append(text).append("\n\n");
		}
		Path combined = Files.writeString(markdown.resolve("archive.md"), all, StandardCharsets.UTF_8);
		if (!pandocAvailable()) {
			out.println("  pandoc: not found on PATH; install the Debian package pandoc for the comparison.");
			out.flush();
			return;
		}
		pandoc(sources.get(0)); // warm the file cache for pandoc too
		start = System.nanoTime();
		for (Path source : sources) {
			pandoc(source);
		}
		double pandocSeconds = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		pandoc(combined);
		double pandocOneSeconds = (System.nanoTime() - start) / 1e9;
		out.printf("  pandoc: the same catalogues as %d Markdown files to .docx (%d runs)          %8.2f s%n", issues, issues, pandocSeconds);
		out.printf("  pandoc: all of them as one Markdown file to one .docx                        %8.2f s%n", pandocOneSeconds);
		out.printf("  barometer (all files) / pandoc (per issue): %.2f; .docx alone / pandoc: %.2f (goal: under 1)%n",
				oursSeconds / pandocSeconds, oursDocxSeconds / pandocSeconds);
		out.flush();
	}

	private static void exportArchive(List<Issue> archive, Path folder) throws IOException {
		AppendixDocxWriter appendices = new AppendixDocxWriter(DocxTemplate.bundled(), false);
		IssueWorkbookWriter workbooks = new IssueWorkbookWriter();
		for (Issue issue : archive) {
			appendices.write(issue, folder.resolve("issue-" + issue.getNumber() + "-appendices.docx"));
			workbooks.write(issue, folder.resolve("issue-" + issue.getNumber() + ".xlsx"));
		}
		new ArchiveWorkbookWriter().write(archive, folder.resolve("archive.xlsx"));
	}

	private static void exportDocx(List<Issue> archive, Path folder) throws IOException {
		AppendixDocxWriter appendices = new AppendixDocxWriter(DocxTemplate.bundled(), false);
		for (Issue issue : archive) {
			appendices.write(issue, folder.resolve("issue-" + issue.getNumber() + "-appendices.docx"));
		}
	}

	/** The same tables with nothing but POI defaults: what any export has to pay at least. */
	static void bareWrite(Issue issue, Path target) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
			for (RelationshipSection section : issue.getSections()) {
				document.createParagraph().createRun().setText("Relationship with " + section.getRelationship().getName());
				XWPFTable table = document.createTable(section.getEvents().size() + 2, 3);
				fill(table.getRow(0), "Date", "Event", "Score");
				int row = 1;
				for (RelationshipEvent event : section.getEvents()) {
					fill(table.getRow(row++), event.getDate().getText(), event.getDescription(), signed(event.getScore()));
				}
				fill(table.getRow(row), "Total", "", signed(section.getAggregateIndex()));
			}
			document.write(out);
		}
	}

	private static void fill(XWPFTableRow row, String... texts) {
		for (int i = 0; i < texts.length; i++) {
			row.getCell(i).setText(texts[i]);
		}
	}

	private static String signed(int value) {
		return value > 0 ? "+" + value : Integer.toString(value);
	}

	private static List<Issue> parse(Injector injector, List<String> issueTexts) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		MemoryResources.load(resourceSet, "synthetic-profile" + WorkspaceLoader.EXTENSION, SyntheticIssue.profile());
		List<Issue> parsed = new ArrayList<>();
		for (int i = 0; i < issueTexts.size(); i++) {
			Resource resource = MemoryResources.load(resourceSet, "synthetic-issue-" + i + WorkspaceLoader.EXTENSION, issueTexts.get(i));
			if (!resource.getErrors().isEmpty()) {
				throw new IllegalStateException("synthetic issue " + i + " does not parse: " + resource.getErrors().get(0).getMessage());
			}
			parsed.add((Issue) resource.getContents().get(0));
		}
		return parsed;
	}

	private static boolean pandocAvailable() {
		try {
			Process process = new ProcessBuilder("pandoc", "--version").redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}

	private static void pandoc(Path markdown) throws IOException, InterruptedException {
		Path docx = markdown.resolveSibling(markdown.getFileName().toString().replace(".md", ".docx"));
		Process process = new ProcessBuilder("pandoc", "-f", "markdown", "-t", "docx", "-o", docx.toString(), markdown.toString())
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IOException("pandoc failed on " + markdown);
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}
}
