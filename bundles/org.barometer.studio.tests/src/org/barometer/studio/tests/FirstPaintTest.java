package org.barometer.studio.tests;

import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.barometer.editor.FirstPaint;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What waits for a text to be on screen (an editor's first check, the publication's check at
 * start) starts at its first paint, once, and never waits for ever: a text that is never drawn
 * (its window minimised) lets it start after a limit.
 */
class FirstPaintTest {

	private Shell shell;

	@AfterEach
	void close() {
		run(() -> {
			if (shell != null && !shell.isDisposed()) {
				shell.dispose();
			}
		});
	}

	@Test
	void aControlNeverDrawnLetsTheTaskRunOnceAfterTheLimit() {
		AtomicInteger runs = new AtomicInteger();
		AtomicLong ranAfterMillis = new AtomicLong();
		long start = System.nanoTime();
		run(() -> {
			shell = new Shell(display(), SWT.NONE); // never opened: never drawn
			FirstPaint.then(new Canvas(shell, SWT.NONE), Duration.ofMillis(400), () -> {
				runs.incrementAndGet();
				ranAfterMillis.set((System.nanoTime() - start) / 1_000_000);
			});
		});
		waitUntil("the task, after the limit", Duration.ofSeconds(10), () -> runs.get() > 0);
		sleep(600);

		assertEquals(1, runs.get(), "the task ran once");
		assertTrue(ranAfterMillis.get() >= 400, "not before the limit: " + ranAfterMillis.get() + " ms");
	}

	@Test
	void aDrawnControlRunsTheTaskAtItsFirstPaintAndNeverAgain() {
		AtomicInteger runs = new AtomicInteger();
		AtomicInteger paintsBefore = new AtomicInteger(-1);
		AtomicInteger paints = new AtomicInteger();
		run(() -> {
			shell = new Shell(display(), SWT.NONE);
			shell.setSize(200, 100);
			Canvas canvas = new Canvas(shell, SWT.NONE);
			canvas.setSize(200, 100);
			canvas.addPaintListener(event -> paints.incrementAndGet()); // drawn before the task's listener
			FirstPaint.then(canvas, Duration.ofSeconds(30), () -> {
				runs.incrementAndGet();
				paintsBefore.set(paints.get());
			});
			shell.open();
		});
		waitUntil("the first paint", Duration.ofSeconds(10), () -> runs.get() > 0);
		run(() -> shell.redraw());
		waitUntil("a second paint", Duration.ofSeconds(10), () -> paints.get() > 1);

		assertEquals(1, runs.get(), "the task ran once, not at the second paint");
		assertEquals(1, paintsBefore.get(), "at the first paint, once the control had drawn itself");
	}
}
