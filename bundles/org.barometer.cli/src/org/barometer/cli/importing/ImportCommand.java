package org.barometer.cli.importing;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.barometer.cli.BarometerCommandLine;
import org.barometer.importer.ArchiveImport;
import org.barometer.importer.ImportReport;
import org.barometer.importer.ImportRun;
import org.barometer.importer.ImportSource;
import org.barometer.importer.ImportedIssue;
import org.barometer.importer.ImportProgress;
import org.barometer.importer.WrittenFile;
import org.barometer.importer.source.UnreadableSourceException;
import org.barometer.model.PublicationProfile;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `barometer import [-o DIR] [--profile FILE] FILE|DIR...`: published issues into the
 * Barometer language. Every source is read before anything is written: when one cannot be
 * read, its message is printed and nothing is written. Then one line per file written, the
 * report's counts per source and its unplaced lines with their place.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Imports published issues (text extracted from their PDFs, .txt) into .barometer files.",
				"Without --profile, writes the publication's profile too, built from the first issue's headings and Appendix 3.",
				"A file already there is never replaced: the same import again leaves it unchanged, a different one is written as NAME (2).barometer.",
				"Exit codes: 0 all imported, 1 a source could not be read (nothing written), 2 bad usage." })
public class ImportCommand implements Callable<Integer> {

	@Option(names = "--profile", paramLabel = "FILE", description = "The publication's profile (.barometer) the issues refer to.")
	private Path profileFile;

	@Option(names = { "-o", "--out" }, paramLabel = "DIR", defaultValue = ".", description = "Output folder (default: the current one).")
	private Path out;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Published issues, or folders to search for them.")
	private List<Path> inputs;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		PublicationProfile profile = null;
		if (profileFile != null) {
			try {
				profile = new ProfileFile().read(profileFile);
			} catch (UnreadableSourceException e) {
				err.println("barometer import: --profile " + e.getMessage());
				return BarometerCommandLine.USAGE;
			}
		}
		ArchiveImport archiveImport = new ArchiveImport();
		List<ImportSource> sources;
		try {
			sources = archiveImport.sources(inputs);
		} catch (UnreadableSourceException | IOException e) {
			err.println("barometer import: " + e.getMessage());
			return BarometerCommandLine.USAGE;
		}
		if (sources.isEmpty()) {
			err.println("barometer import: no published issue among " + inputs + " (the import reads .txt text extracted from the PDFs).");
			return BarometerCommandLine.USAGE;
		}
		ImportRun run = archiveImport.importAll(sources, profile, ImportProgress.NONE);
		if (!run.notImported().isEmpty()) {
			run.notImported().forEach(n -> err.println("barometer import: " + n.message()));
			err.println("barometer import: nothing written; " + run.notImported().size() + " of " + sources.size() + " sources could not be read.");
			return BarometerCommandLine.FAILED;
		}
		try {
			Files.createDirectories(out);
			for (ImportedIssue issue : run.issues()) {
				for (WrittenFile file : archiveImport.write(issue, out)) {
					stdout.println((file.unchanged() ? "unchanged " : "wrote ") + file.path());
				}
			}
		} catch (IOException e) {
			err.println("barometer import: --out " + out + ": cannot write there (" + e.getMessage() + ")");
			return BarometerCommandLine.FAILED;
		}
		for (ImportedIssue issue : run.issues()) {
			report(stdout, issue.report());
		}
		return BarometerCommandLine.OK;
	}

	private static void report(PrintWriter out, ImportReport report) {
		out.println(report.source() + ": " + report.summary());
		for (ImportReport.Entry entry : report.unplacedLines()) {
			out.println("  " + report.source() + ":" + entry.line() + ": unplaced" + (entry.page() > 0 ? " (p. " + entry.page() + ")" : "")
					+ ": " + entry.text());
		}
		report.notes().forEach(note -> out.println("  note: " + note));
	}
}
