package org.barometer.cli.benchmark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.barometer.cli.BarometerCommandLine;

import org.barometer.importer.ArchiveImport;
import org.barometer.importer.ImportedIssue;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `barometer benchmark import [FILE]`: one published issue read, recognised and written as
 * Barometer text, in process. Cold is the first import of the run (classes loaded, nothing
 * compiled yet), warm the median once the JIT has settled (a warm-up of {@code --warm-up}
 * seconds and at least {@value #WARM_UP_IMPORTS} imports, as the export benchmark warms up). Goal: under 1 s warm for a
 * 40-page issue such as the reference issue 18.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Prints the import time of one published issue, cold (first import of the run) and warm (median).")
public class ImportBenchmarkCommand implements Callable<Integer> {

	private static final String REFERENCE = "bundles/org.barometer.importer.tests/resources/reference/issue-18-nov-dec-2020.txt";
	private static final String NAME = "barometer benchmark import: ";
	private static final int WARM_UP_IMPORTS = 30;

	@Option(names = "--runs", description = "Measured warm runs (default: ${DEFAULT-VALUE}).", defaultValue = "20")
	private int runs;

	@Option(names = "--warm-up", paramLabel = "SECONDS", description = "Warm-up time before measuring, at least "
			+ WARM_UP_IMPORTS + " imports (default: ${DEFAULT-VALUE}).", defaultValue = "5")
	private int warmUpSeconds;

	@Parameters(arity = "0..1", paramLabel = "FILE", description = "The published issue (default: the reference issue 18 of the source tree).")
	private Path file;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!MeasuredRuns.accepted(runs, "barometer benchmark import", err)) {
			return BarometerCommandLine.USAGE;
		}
		if (warmUpSeconds < 0) {
			err.println(NAME + "--warm-up " + warmUpSeconds + ": the warm-up is a number of seconds, 0 or more.");
			return BarometerCommandLine.USAGE;
		}
		Path source = file != null ? file : Path.of(System.getProperty("barometer.root", "."), REFERENCE);
		if (!Files.isRegularFile(source)) {
			err.println(NAME + source + ": no such file; give a published issue (.txt).");
			return BarometerCommandLine.USAGE;
		}
		ArchiveImport archiveImport = new ArchiveImport();
		long start = System.nanoTime();
		ImportedIssue first = archiveImport.importSource(source, null);
		double cold = (System.nanoTime() - start) / 1e6;
		long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmUpSeconds);
		for (int i = 0; i < WARM_UP_IMPORTS || System.nanoTime() < warmUntil; i++) {
			archiveImport.importSource(source, null);
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			start = System.nanoTime();
			archiveImport.importSource(source, null);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		double warm = millis[runs / 2];
		out.printf("%s: %s%n", source.getFileName(), first.report().summary());
		out.printf("cold (first import of the run): %.0f ms%n", cold);
		out.printf("warm (median of %d, after a warm-up of %d s and at least %d imports): %.1f ms, min %.1f ms (goal: under 1000 ms)%n",
				runs, warmUpSeconds, WARM_UP_IMPORTS, warm, millis[0]);
		return BarometerCommandLine.OK;
	}
}
