package org.barometer.views.tests;

import static org.barometer.views.tests.Workbench.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.barometer.cli.benchmark.SyntheticIssue;
import org.barometer.editor.live.LiveDocument;
import org.barometer.editor.live.LiveDocuments;
import org.barometer.editor.live.LiveSnapshot;
import org.barometer.studio.FolderOpener;
import org.barometer.views.archive.ArchiveSnapshot;
import org.barometer.views.archive.IssueArchive;
import org.barometer.views.catalogue.CatalogueView;
import org.barometer.views.dynamics.DynamicsView;
import org.barometer.views.index.IndexView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a timed test: prints how long the views take on a synthetic archive of 60 issues (ten
 * years, 150 relationship and 20 security events each). Goals: the Dynamics and Catalogue views
 * fill in under 1 s, the Index view is updated under 100 ms after the model changes. Run with
 * {@code ./barometer benchmark views} (see README).
 */
@EnabledIfSystemProperty(named = "barometer.benchmark", matches = "views")
class ViewsBenchmark {

	private static final int ISSUES = 60;
	private static final int EVENTS = 150;
	private static final int SECURITY_EVENTS = 20;
	private static final int RUNS = 15;

	@Test
	void viewsOnASixtyIssueArchive() throws Exception {
		run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000));
		List<Long> refreshes = new CopyOnWriteArrayList<>();
		Consumer<ArchiveSnapshot> refreshTimes = snapshot -> refreshes.add(snapshot.millis());
		IssueArchive.get().addListener(refreshTimes);
		Path folder = SyntheticIssue.write(Files.createTempDirectory("barometer-benchmark-views").resolve("archive"),
				SyntheticIssue.archive(ISSUES, ISSUES * (EVENTS + SECURITY_EVENTS), SECURITY_EVENTS));
		long buildStart = System.nanoTime();
		IProject project = FolderOpener.openAsProject(folder, null);
		waitForBuild();
		long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
		IssueArchive.get().join();
		waitUntil("the archive read", PATIENCE, () -> IssueArchive.get().latest().issues().size() >= ISSUES);
		ArchiveSnapshot archive = IssueArchive.get().latest();
		IssueArchive.get().removeListener(refreshTimes);
		report("archive: %d issues, %d events", archive.issues().size(), archive.rows().size());
		report("project build (parse, validate, scoring consistency) of the archive: %d ms", buildMillis);
		report("archive service, longest refresh (indices and rows read from the build's models): %d ms", Collections.max(refreshes));

		long open = System.nanoTime();
		DynamicsView dynamics = showView(DynamicsView.ID);
		waitUntil("the Dynamics view filled", PATIENCE, () -> dynamics.model() != null && dynamics.model().issues().size() == archive.issues().size());
		report("Dynamics view, opened until filled: %d ms", (System.nanoTime() - open) / 1_000_000);
		report("Dynamics view, fill from a snapshot (model, both charts, painted): %s", stats(fills(() -> dynamics.show(archive))));

		open = System.nanoTime();
		CatalogueView catalogue = showView(CatalogueView.ID);
		waitUntil("the Catalogue view filled", PATIENCE, () -> catalogue.itemCount() == archive.rows().size());
		report("Catalogue view, opened until filled: %d ms", (System.nanoTime() - open) / 1_000_000);
		report("Catalogue view, fill from a snapshot (model, filter choices, virtual table, painted): %s",
				stats(fills(() -> catalogue.show(archive))));
		List<Long> filters = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			String text = i % 2 == 0 ? "visit to minsk" : "";
			filters.add(ui(() -> timed(() -> catalogue.filterBar().text().setText(text))));
		}
		report("Catalogue view, text filter over all rows (refill, painted): %s", stats(filters));
		List<Long> similar = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			int index = i;
			similar.add(ui(() -> timed(() -> catalogue.select(index))));
		}
		report("Catalogue view, similar events of a selected row: %s", stats(similar));

		indexViewUpdates(project.getFile("issue-%03d.barometer".formatted(ISSUES)));
	}

	private void indexViewUpdates(IFile file) {
		IndexView view = showView(IndexView.ID);
		ITextEditor editor = open(file);
		waitUntil("the issue in the Index view", PATIENCE, () -> view.shown() != null && view.shown().number() == ISSUES);
		IDocument document = ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		LiveDocument live = LiveDocuments.of(document);
		List<Long> updates = new ArrayList<>();
		List<Long> parses = new ArrayList<>();
		List<Long> keystrokeToView = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			// the first Russia row's score: +k becomes another score, so the figures change every time
			String text = ui(document::get);
			int row = text.indexOf("\n    ", text.indexOf("relationship Russia"));
			int lineEnd = text.indexOf('\n', row + 1);
			int scoreStart = text.lastIndexOf(' ', lineEnd) + 1;
			String newScore = i % 2 == 0 ? "+4" : "-4";
			long typed = System.nanoTime();
			run(() -> document.replace(scoreStart, lineEnd - scoreStart, newScore));
			String expected = ui(document::get);
			waitUntil("the Index view to show the typed text", PATIENCE, () -> {
				LiveSnapshot shown = view.shownSnapshot();
				return shown != null && shown.text().equals(expected);
			});
			keystrokeToView.add((System.nanoTime() - typed) / 1_000_000);
			updates.add(view.lastUpdateNanos() / 1_000);
			parses.add(live.latest().millis());
		}
		run(() -> editor.doRevertToSaved());
		report("Index view, a %d-event issue: model published -> figures drawn: %s (microseconds)", EVENTS + SECURITY_EVENTS,
				stats(updates));
		report("  for context: the editor's parse+validate per change %s ms; keystroke -> view (incl. the %s ms reconcile delay) %s ms",
				stats(parses), "300", stats(keystrokeToView));
	}

	private static List<Long> fills(Runnable fill) {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			times.add(ui(() -> timed(fill)));
		}
		return times;
	}

	/** Milliseconds of the action with the repaint it causes. */
	private static long timed(Runnable action) {
		long start = System.nanoTime();
		action.run();
		display().update();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static String stats(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		assertEquals(values.size(), sorted.size());
		return String.format(Locale.ROOT, "median %d, max %d (n=%d)", sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1),
				sorted.size());
	}

	private static void report(String format, Object... arguments) {
		System.out.println("[views benchmark] " + String.format(Locale.ROOT, format, arguments));
	}
}
