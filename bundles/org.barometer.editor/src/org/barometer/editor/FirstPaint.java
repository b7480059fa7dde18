package org.barometer.editor;

import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.widgets.Control;

/**
 * Runs a task once, on the UI thread, right after a control has drawn itself for the first time
 * (its own painting comes first: it listens from its creation). What an editor or the studio
 * defers until its text is on screen starts here.
 */
public final class FirstPaint {

	private FirstPaint() {
	}

	/** Must be called on the UI thread; when the control is gone already, the task runs at once. */
	public static void then(Control control, Runnable task) {
		if (control == null || control.isDisposed()) {
			task.run();
			return;
		}
		control.addPaintListener(new PaintListener() {
			@Override
			public void paintControl(PaintEvent event) {
				control.removePaintListener(this);
				task.run();
			}
		});
	}
}
