package org.barometer.views.tests;

import static org.barometer.views.tests.Workbench.*;
import static org.barometer.workbench.testing.UiThread.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.barometer.cli.benchmark.SyntheticIssue;
import org.barometer.studio.FolderOpener;
import org.barometer.views.catalogue.CatalogueView;
import org.barometer.views.dynamics.DynamicsView;
import org.barometer.views.archive.IssueArchive;
import org.barometer.workspace.BarometerInjector;
import org.barometer.workspace.BuildObserver;
import org.barometer.workspace.BuildObservers;
import org.barometer.workspace.FileParses;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.google.inject.Injector;

/**
 * Not a timed test: prints, interleaved in one run, how long a 60-issue archive of 10,000 events
 * takes from opening its folder in the workspace to the Dynamics and Catalogue views filled
 * (the build's parse, validation and scoring consistency, the archive's indices and rows, the
 * views' models and tables), against the in-process parse+validate of the same 10,000 events in
 * one file, and the ratio. Goal: at most 5. Run with {@code ./barometer benchmark workspace}.
 */
@EnabledIfSystemProperty(named = "barometer.benchmark", matches = "workspace")
class WorkspaceBenchmark {

	private static final int ISSUES = 60;
	private static final int EVENTS = 10_000;
	private static final int SECURITY_EVENTS = 20; // of each issue
	// more runs steady the medians on a busy machine: -Dbarometer.benchmark.jvm="-Dbarometer.benchmark.runs=12"
	private static final int WARM_UPS = Integer.getInteger("barometer.benchmark.warmUps", 2);
	private static final int RUNS = Integer.getInteger("barometer.benchmark.runs", 5);
	private static final Duration PATIENCE_FOR_AN_ARCHIVE = Duration.ofMinutes(3);

	/** The one file's diagnostics by code, for the report. */
	private static Map<String, Long> diagnosticCodes = Map.of();

	@Test
	void sixtyIssuesInTheWorkspaceAgainstTheirEventsInOneFile() throws Exception {
		run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000));
		Path folder = SyntheticIssue.write(Files.createTempDirectory("barometer-benchmark-workspace").resolve("archive"),
				SyntheticIssue.archive(ISSUES, EVENTS, SECURITY_EVENTS));
		String oneFile = SyntheticIssue.archiveInOneIssue(EVENTS, ISSUES * SECURITY_EVENTS);
		Injector injector = BarometerInjector.get();
		DynamicsView dynamics = showView(DynamicsView.ID);
		CatalogueView catalogue = showView(CatalogueView.ID);
		waitUntil("empty views", PATIENCE, () -> catalogue.itemCount() == 0);

		AtomicLong builds = new AtomicLong();
		AtomicLong lastBuildEnd = new AtomicLong();
		BuildObserver buildEnds = (built, files) -> {
			builds.incrementAndGet();
			lastBuildEnd.set(System.nanoTime());
		};
		BuildObservers.add(buildEnds); // after the archive's: it hears of a build once the archive has read it
		AtomicLong buildStart = new AtomicLong();
		IResourceChangeListener buildStarts = event -> buildStart.compareAndSet(0, System.nanoTime());
		ResourcesPlugin.getWorkspace().addResourceChangeListener(buildStarts, IResourceChangeEvent.PRE_BUILD);
		List<Long> workspace = new ArrayList<>();
		List<Long> single = new ArrayList<>();
		List<Long> workspaceCpu = new ArrayList<>();
		List<Long> singleCpu = new ArrayList<>();
		long parsesBefore = FileParses.total();
		for (int i = 0; i < WARM_UPS + RUNS; i++) {
			builds.set(0);
			buildStart.set(0);
			long cpu = processCpuMillis();
			long start = System.nanoTime();
			IProject project = FolderOpener.openAsProject(folder, null);
			waitUntil("the views filled", PATIENCE_FOR_AN_ARCHIVE, () -> dynamics.model() != null
					&& dynamics.model().issues().size() == ISSUES && catalogue.itemCount() == EVENTS);
			long workspaceMillis = (System.nanoTime() - start) / 1_000_000;
			long workspaceCpuMillis = processCpuMillis() - cpu;
			long buildMillis = (lastBuildEnd.get() - start) / 1_000_000;
			long buildStartMillis = (buildStart.get() - start) / 1_000_000;
			long archiveMillis = IssueArchive.get().latest().millis();
			waitForBuild();
			long parses = FileParses.total() - parsesBefore;
			project.delete(false, true, null); // the project, not the folder
			waitUntil("the views emptied", PATIENCE_FOR_AN_ARCHIVE, () -> catalogue.itemCount() == 0);

			System.gc();
			cpu = processCpuMillis();
			start = System.nanoTime();
			int diagnostics = parseAndValidate(injector, oneFile);
			long singleMillis = (System.nanoTime() - start) / 1_000_000;
			long singleCpuMillis = processCpuMillis() - cpu;
			if (i >= WARM_UPS) {
				workspace.add(workspaceMillis);
				single.add(singleMillis);
				workspaceCpu.add(workspaceCpuMillis);
				singleCpu.add(singleCpuMillis);
			}
			report("run %d%s: workspace %d ms (build started after %d ms, done after %d ms, the archive's reading %d ms of it; %d build(s),"
					+ " %d files parsed), one file %d ms (%d diagnostics); CPU time of the process: %d ms against %d ms", i + 1,
					i < WARM_UPS ? " (warm-up)" : "", workspaceMillis, buildStartMillis, buildMillis, archiveMillis, builds.get(), parses,
					singleMillis, diagnostics, workspaceCpuMillis, singleCpuMillis);
			parsesBefore = FileParses.total();
		}
		BuildObservers.remove(buildEnds);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(buildStarts);
		long workspaceMedian = median(workspace);
		long singleMedian = median(single);
		report("%d issues, %d events: opened in the workspace until the Dynamics and Catalogue views are filled: median %d ms %s",
				ISSUES, EVENTS, workspaceMedian, workspace);
		report("the same %d events in one file, parse+validate in process: median %d ms %s", EVENTS, singleMedian, single);
		report("ratio %.1f (goal: at most 5)", (double) workspaceMedian / singleMedian);
		report("the one file's diagnostics: %s", diagnosticCodes);
		// on a shared machine the elapsed times follow its load; the CPU time spent follows the work
		report("CPU time of the process (every thread): workspace median %d ms %s, one file median %d ms %s, ratio %.1f",
				median(workspaceCpu), workspaceCpu, median(singleCpu), singleCpu, (double) median(workspaceCpu) / median(singleCpu));
	}

	/** As `barometer benchmark` measures one file: a fresh resource set, the profile and the issue parsed, the issue validated. */
	private static int parseAndValidate(Injector injector, String issue) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		load(resourceSet, "synthetic.barometer", SyntheticIssue.profile());
		Resource resource = load(resourceSet, "issue.barometer", issue);
		List<Issue> diagnostics = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		diagnosticCodes = diagnostics.stream().collect(Collectors.groupingBy(d -> String.valueOf(d.getCode()).replace("org.barometer.lang.", ""),
				TreeMap::new, Collectors.counting()));
		return diagnostics.size();
	}

	private static Resource load(XtextResourceSet resourceSet, String name, String text) {
		Resource resource = resourceSet.createResource(URI.createURI("memory:/benchmark/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** User and system CPU time of this process, every thread, from Linux's /proc (clock ticks of 10 ms); -1 elsewhere. */
	private static long processCpuMillis() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
		} catch (IOException | RuntimeException e) {
			return -1;
		}
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static void report(String format, Object... arguments) {
		System.out.println("[workspace benchmark] " + String.format(Locale.ROOT, format, arguments));
	}
}
