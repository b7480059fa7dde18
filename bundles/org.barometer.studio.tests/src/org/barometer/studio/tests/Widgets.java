package org.barometer.studio.tests;

import static org.barometer.workbench.testing.UiThread.display;
import static org.barometer.workbench.testing.UiThread.waitUntil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.barometer.workbench.testing.UiThread;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Finding and using the widgets of dialogs and wizards, as a person would: by their labels. Call on the UI thread, except waitForShell. */
final class Widgets {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private Widgets() {
	}

	/** The visible window with this title, once it is there. */
	static Shell waitForShell(String title) {
		AtomicReference<Shell> found = new AtomicReference<>();
		waitUntil("a window titled " + title, PATIENCE, () -> {
			for (Shell shell : display().getShells()) {
				if (shell.isVisible() && title.equals(shell.getText())) {
					found.set(shell);
					return true;
				}
			}
			return false;
		});
		return found.get();
	}

	static <T extends Control> List<T> find(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(find(composite, type));
			}
		}
		return found;
	}

	static Button button(Shell shell, String textStart) {
		return find(shell, Button.class).stream().filter(b -> b.getText().replace("&", "").startsWith(textStart)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + textStart));
	}

	/** The text field that follows the label in its composite. */
	static Text textAfter(Shell shell, String label) {
		for (Label each : find(shell, Label.class)) {
			if (label.equals(each.getText().replace("&", ""))) {
				List<Control> siblings = Arrays.asList(each.getParent().getChildren());
				return (Text) siblings.get(siblings.indexOf(each) + 1);
			}
		}
		throw new AssertionError("no field " + label);
	}

	/** Sets a check box (null: a push button) and sends the selection event a click would. */
	static void click(Button button, Boolean checked) {
		if (checked != null) {
			button.setSelection(checked);
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** Closes every dialog left open by a failed test, so the next one starts on the workbench window. */
	static void closeDialogs() {
		UiThread.run(() -> {
			for (Shell shell : display().getShells()) {
				if (!shell.isDisposed() && shell.getParent() != null) {
					shell.close();
				}
			}
		});
	}
}
