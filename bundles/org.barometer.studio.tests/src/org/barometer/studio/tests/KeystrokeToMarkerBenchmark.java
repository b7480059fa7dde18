package org.barometer.studio.tests;

import static org.barometer.studio.tests.StudioFixture.closeAll;
import static org.barometer.studio.tests.StudioFixture.live;
import static org.barometer.studio.tests.StudioFixture.open;
import static org.barometer.studio.tests.StudioFixture.openExamplesCopy;
import static org.barometer.workbench.testing.UiThread.run;
import static org.barometer.workbench.testing.UiThread.ui;
import static org.barometer.workbench.testing.UiThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.barometer.editor.preferences.EditorPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Keystroke to marker on a 1,000-event issue: a score typed in the editor breaks a stated
 * total; how long until the editor shows the error, and, after the score is typed back, until
 * it is gone. Prints the figures (goal: under 150 ms beyond the reconcile delay). Runs only
 * with -Dbarometer.benchmark=editor, as `./barometer benchmark editor` does; it asserts only that each marker came.
 */
@EnabledIfSystemProperty(named = "barometer.benchmark", matches = "editor")
class KeystrokeToMarkerBenchmark {

	private static final int EVENTS_PER_SECTION = 200;
	private static final String[] RELATIONSHIPS = { "Russia", "EU", "China", "US", "Ukraine" };
	private static final int WARM_UP = 5;
	private static final int MEASURED = 20;
	private static final String MESSAGE = "Stated catalogue total +" + EVENTS_PER_SECTION + " differs from the computed +"
			+ (EVENTS_PER_SECTION + 1) + ".";

	@Test
	void keystrokeToMarkerOnAThousandEventIssue() throws Exception {
		IProject project = openExamplesCopy();
		IFile issue = project.getFile("issue-99-synthetic.barometer");
		String text = thousandEventIssue();
		issue.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		ITextEditor editor = open(issue);
		waitUntil("the first live validation", Duration.ofSeconds(60), () -> live(editor).latest() != null);
		IDocument document = ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		IAnnotationModel annotations = ui(() -> editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput()));
		int score = text.indexOf("\"China event 100\" +1") + "\"China event 100\" +".length();

		List<Long> appear = new ArrayList<>();
		List<Long> vanish = new ArrayList<>();
		List<Long> reconcile = new ArrayList<>();
		for (int round = 0; round < WARM_UP + MEASURED; round++) {
			long toError = timeUntil(annotations, () -> hasMarker(annotations), () -> run(() -> document.replace(score, 1, "2")));
			long errorReconcile = live(editor).latest().millis();
			long toClean = timeUntil(annotations, () -> !hasMarker(annotations), () -> run(() -> document.replace(score, 1, "1")));
			if (round >= WARM_UP) {
				appear.add(toError);
				vanish.add(toClean);
				reconcile.add(errorReconcile);
				reconcile.add(live(editor).latest().millis());
			}
		}
		closeAll();
		int delay = EditorPreferences.reconcileDelay();
		System.out.printf("[editor benchmark] Keystroke to marker, %d-event issue, reconcile delay %d ms, %d rounds after %d warm-up:%n",
				EVENTS_PER_SECTION * RELATIONSHIPS.length, delay, MEASURED, WARM_UP);
		report("error marker appears", appear, delay);
		report("error marker disappears", vanish, delay);
		report("of which parse+validate", reconcile, 0);
		assertTrue(appear.size() == MEASURED && vanish.size() == MEASURED);
	}

	private static void report(String what, List<Long> millis, int delay) {
		List<Long> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		long median = sorted.get(sorted.size() / 2);
		long p90 = sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1);
		System.out.printf("[editor benchmark]   %-24s median %4d ms (%4d beyond the delay), p90 %4d ms (%4d beyond), max %4d ms; goal: under 150 ms beyond%n",
				what, median, median - delay, p90, p90 - delay, sorted.get(sorted.size() - 1));
	}

	/** Milliseconds from the edit to the first annotation-model change after which the condition holds. */
	private static long timeUntil(IAnnotationModel annotations, BooleanSupplier condition, Runnable edit) throws InterruptedException {
		CountDownLatch reached = new CountDownLatch(1);
		AtomicLong at = new AtomicLong();
		IAnnotationModelListener listener = model -> {
			if (reached.getCount() > 0 && condition.getAsBoolean()) {
				at.set(System.nanoTime());
				reached.countDown();
			}
		};
		annotations.addAnnotationModelListener(listener);
		try {
			long start = System.nanoTime();
			edit.run();
			assertTrue(reached.await(30, TimeUnit.SECONDS), "the marker did not follow the edit");
			return (at.get() - start) / 1_000_000;
		} finally {
			annotations.removeAnnotationModelListener(listener);
		}
	}

	private static boolean hasMarker(IAnnotationModel annotations) {
		var iterator = annotations.getAnnotationIterator();
		while (iterator.hasNext()) {
			if (iterator.next() instanceof MarkerAnnotation marker && marker.getMarker().exists()
					&& MESSAGE.equals(marker.getMarker().getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, ""))) {
				return true;
			}
		}
		return false;
	}

	/** Five sections of 200 rows each, +1 apiece, every stated total right. */
	private static String thousandEventIssue() {
		StringBuilder text = new StringBuilder("issue 99 of MinskBarometer\nperiod November-December 2020\n");
		for (String relationship : RELATIONSHIPS) {
			text.append("relationship ").append(relationship).append(" {\n  stated total +").append(EVENTS_PER_SECTION)
					.append("\n  events\n");
			for (int i = 1; i <= EVENTS_PER_SECTION; i++) {
				int day = 1 + (i - 1) * 30 / EVENTS_PER_SECTION;
				text.append("    ").append(day).append(" November \"").append(relationship).append(" event ").append(i)
						.append("\" +1\n");
			}
			text.append("}\n");
		}
		return text.toString();
	}
}
