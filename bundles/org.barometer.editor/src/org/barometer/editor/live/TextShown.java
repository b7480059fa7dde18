package org.barometer.editor.live;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.barometer.editor.FirstPaint;
import org.eclipse.swt.widgets.Control;

/**
 * Opens once an editor's text has been drawn for the first time. The editor's first check waits
 * for it: parsing and validating beside the first paint (on two cores, with the window still
 * being drawn) would only delay the text the user opened the editor to read.
 */
final class TextShown {

	private final CountDownLatch shown = new CountDownLatch(1);

	/** Called on the UI thread while the editor is being created, before its first paint. */
	void watch(Control text) {
		FirstPaint.then(text, shown::countDown);
		if (text != null && !text.isDisposed()) {
			text.addDisposeListener(event -> shown.countDown());
		}
	}

	/**
	 * Waits until the text has been drawn, at most {@code limit}: an editor that is never shown
	 * (its window minimised) is still checked.
	 */
	void await(Duration limit) {
		try {
			shown.await(limit.toMillis(), TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
