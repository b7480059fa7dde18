package org.barometer.cli.benchmark;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.barometer.cli.BarometerCommandLine;
import org.barometer.lang.BarometerStandaloneSetup;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `barometer benchmark`: parse + validate time of synthetic issues, in process and warm
 * (each size is run until the JIT has settled, then measured; the median is reported).
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
		description = { "Prints parse+validate times for synthetic issues of growing size.",
				"`benchmark export` measures the Word and Excel exports instead, `benchmark import` the archive import." },
		subcommands = { ExportBenchmarkCommand.class, ImportBenchmarkCommand.class })
public class BenchmarkCommand implements Callable<Integer> {

	@Option(names = "--sizes", split = ",", description = "Event counts (default: ${DEFAULT-VALUE}).", defaultValue = "100,1000,10000,100000")
	private List<Integer> sizes;

	@Option(names = "--runs", description = "Measured runs per size (default: ${DEFAULT-VALUE}).", defaultValue = "5")
	private int runs;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		if (!MeasuredRuns.accepted(runs, "barometer benchmark", spec.commandLine().getErr())) {
			return BarometerCommandLine.USAGE;
		}
		Injector injector = BarometerStandaloneSetup.doSetup();
		out.printf("%10s %12s %12s %12s %8s%n", "events", "median ms", "min ms", "per event us", "issues");
		double tenThousand = Double.NaN;
		double hundredThousand = Double.NaN;
		for (int size : sizes) {
			String issue = SyntheticIssue.issue(size);
			int warmups = size >= 100_000 ? 2 : size >= 10_000 ? 5 : 20;
			for (int i = 0; i < warmups; i++) {
				parseAndValidate(injector, issue);
			}
			double[] millis = new double[runs];
			int issues = 0;
			for (int i = 0; i < runs; i++) {
				System.gc(); // each run starts from an empty young generation, as a one-file validation would
				long start = System.nanoTime();
				issues = parseAndValidate(injector, issue);
				millis[i] = (System.nanoTime() - start) / 1e6;
			}
			Arrays.sort(millis);
			double median = millis[runs / 2];
			out.printf("%10d %12.1f %12.1f %12.2f %8d%n", size, median, millis[0], median * 1000 / size, issues);
			out.flush();
			if (size == 10_000) {
				tenThousand = median;
			} else if (size == 100_000) {
				hundredThousand = median;
			}
		}
		if (!Double.isNaN(tenThousand) && !Double.isNaN(hundredThousand)) {
			out.printf("ratio 100,000 / 10,000 events: %.2f (goal: at most 12); 10,000 events: %.0f ms (goal: under 1000 ms)%n",
					hundredThousand / tenThousand, tenThousand);
		}
		return 0;
	}

	/** Parses the profile and the issue into a fresh resource set and validates the issue; returns the number of diagnostics. */
	static int parseAndValidate(Injector injector, String issueText) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		MemoryResources.load(resourceSet, "synthetic-profile.barometer", SyntheticIssue.profile());
		Resource issue = MemoryResources.load(resourceSet, "synthetic-issue.barometer", issueText);
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(issue, CheckMode.ALL,
				CancelIndicator.NullImpl);
		return issues.size();
	}
}
