package org.barometer.editor;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.widgets.Control;

/**
 * Runs a task once, on the UI thread, at the event loop's next turn after a control was drawn for
 * the first time (out of its paint; under GTK the window's other widgets, which have their own
 * native windows, may still be drawn after it: profiled on 5 Dec 2026), or when a time limit
 * has passed first: a control that is never drawn (its window minimised or
 * hidden) must not hold back what waits for it. What an editor or the studio defers until its
 * text is on screen starts here.
 */
public final class FirstPaint {

	private FirstPaint() {
	}

	/** Must be called on the UI thread; when the control is gone already, the task runs at once. */
	public static void then(Control control, Duration limit, Runnable task) {
		if (control == null || control.isDisposed()) {
			task.run();
			return;
		}
		AtomicBoolean done = new AtomicBoolean();
		Runnable once = () -> {
			if (done.compareAndSet(false, true)) {
				task.run();
			}
		};
		control.addPaintListener(new PaintListener() {
			@Override
			public void paintControl(PaintEvent event) {
				control.removePaintListener(this);
				// a timer of no delay runs at the event loop's next turn, out of this paint
				control.getDisplay().timerExec(0, once);
			}
		});
		control.getDisplay().timerExec((int) limit.toMillis(), once);
	}
}
