package org.barometer.studio.tests;

import static org.barometer.studio.tests.EditorUser.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.barometer.editor.BarometerEditorPlugin;
import org.barometer.editor.preferences.EditorPreferences;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Window > Preferences > Barometer: the page is there, refuses a delay out of range and stores a good one. */
class PreferencePageTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);
	private static final String PAGE_ID = "org.barometer.editor.preferences";
	private static final String DELAY_LABEL = "Validate after a pause in typing of (ms):";

	@AfterEach
	void restoreDefaults() {
		Widgets.closeDialogs();
		run(() -> store().setToDefault(EditorPreferences.RECONCILE_DELAY));
		run(() -> EditorPreferences.softWrapStore().setToDefault(EditorPreferences.SOFT_WRAP));
	}

	@Test
	void softWrapIsOnByDefaultAndThePageTurnsItOff() {
		executeLater("org.eclipse.ui.window.preferences", Map.of("preferencePageId", PAGE_ID));
		Shell dialog = Widgets.waitForShell("Preferences");
		Button wrap = ui(() -> Widgets.button(dialog, "Wrap long lines"));
		assertTrue(ui(wrap::getSelection), "on by default");
		run(() -> Widgets.click(wrap, false));
		run(() -> Widgets.click(Widgets.button(dialog, "Apply and Close"), null));
		waitUntil("the Preferences dialog to close", PATIENCE, dialog::isDisposed);
		assertFalse(ui(() -> EditorPreferences.softWrapStore().getBoolean(EditorPreferences.SOFT_WRAP)),
				"stored where new editors read it");
	}

	@Test
	void theReconcileDelaySetOnThePageIsStoredAndAValueOutOfRangeIsRefused() {
		AtomicReference<Throwable> failure = executeLater("org.eclipse.ui.window.preferences", Map.of("preferencePageId", PAGE_ID));
		Shell dialog = Widgets.waitForShell("Preferences");
		assertNull(failure.get());
		TreeItem shown = ui(() -> Widgets.find(dialog, Tree.class).get(0).getSelection()[0]);
		assertEquals("Barometer", ui(shown::getText), "the dialog opens on the Barometer page");

		Text delay = ui(() -> Widgets.textAfter(dialog, DELAY_LABEL));
		assertEquals(String.valueOf(EditorPreferences.DEFAULT_RECONCILE_DELAY), ui(delay::getText));
		Button applyAndClose = ui(() -> Widgets.button(dialog, "Apply and Close"));

		type(delay, "20");
		waitUntil("the page to refuse 20 ms", PATIENCE, () -> !applyAndClose.isEnabled());
		type(delay, "450");
		waitUntil("the page to accept 450 ms", PATIENCE, applyAndClose::isEnabled);
		run(() -> Widgets.click(applyAndClose, null));
		waitUntil("the Preferences dialog to close", PATIENCE, dialog::isDisposed);

		assertEquals(450, (int) ui(() -> store().getInt(EditorPreferences.RECONCILE_DELAY)), "stored in the editor's preferences");
		assertEquals(450, EditorPreferences.reconcileDelay(), "which the editors read when they open");
		assertFalse(ui(() -> store().isDefault(EditorPreferences.RECONCILE_DELAY)));
	}

	/** Replaces the field's text as typing does: the text, then the key event the field editor validates on. */
	private static void type(Text field, String text) {
		run(() -> {
			field.setFocus();
			field.setText(text);
			Event key = new Event();
			key.character = text.charAt(text.length() - 1);
			field.notifyListeners(SWT.KeyDown, key);
			field.notifyListeners(SWT.KeyUp, key);
		});
	}

	private static IPreferenceStore store() {
		return BarometerEditorPlugin.getDefault().getPreferenceStore();
	}
}
