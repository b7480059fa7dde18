package org.barometer.editor.live;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.barometer.editor.FirstPaint;
import org.eclipse.swt.widgets.Control;

/**
 * Opens once an editor's text has been drawn for the first time. The editor's first check waits
 * for it: parsing and validating beside the first paint (on two cores, with the window still
 * being drawn) would only delay the text the user opened the editor to read.
 */
final class TextShown {

	private final CountDownLatch shown = new CountDownLatch(1);

	/**
	 * Called on the UI thread while the editor is being created, before its first paint; an editor
	 * that is never drawn (its window minimised) opens it after {@code limit}.
	 */
	void watch(Control text, Duration limit) {
		FirstPaint.then(text, limit, shown::countDown);
		if (text != null && !text.isDisposed()) {
			text.addDisposeListener(event -> shown.countDown());
		}
	}

	/** Waits until the text has been drawn (or its limit has passed). */
	void await() {
		try {
			shown.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
