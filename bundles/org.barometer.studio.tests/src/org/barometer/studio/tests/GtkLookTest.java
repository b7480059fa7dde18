package org.barometer.studio.tests;

import static org.barometer.studio.tests.EditorUser.executeLater;
import static org.barometer.workbench.testing.UiThread.ui;
import static org.barometer.workbench.testing.UiThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The studio looks as GTK draws it: its application starts the workbench without the platform's
 * CSS theme engine, which restyled every widget of the start for the same look; the platform's
 * pages that speak of themes still open.
 */
class GtkLookTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);
	/** The key under which the platform's rendering puts its theme engine, when it makes one. */
	private static final String THEME_ENGINE = "org.eclipse.e4.ui.css.swt.theme.IThemeEngine";

	@AfterEach
	void closeDialogs() {
		Widgets.closeDialogs();
	}

	@Test
	void theWorkbenchStartsWithoutTheCssThemeEngine() {
		IEclipseContext workbench = ui(() -> PlatformUI.getWorkbench().getService(IEclipseContext.class));
		assertNull(ui(() -> workbench.get(THEME_ENGINE)), "no theme engine was made at start");
	}

	@Test
	void theAppearancePageOpensWithoutAThemeEngine() {
		AtomicReference<Throwable> failure = executeLater("org.eclipse.ui.window.preferences",
				Map.of("preferencePageId", "org.eclipse.ui.preferencePages.Views"));
		Shell dialog = Widgets.waitForShell("Preferences");
		waitUntil("the page to be chosen", PATIENCE, () -> ui(() -> Widgets.find(dialog, Tree.class).get(0).getSelectionCount() == 1));
		assertEquals("Appearance", ui(() -> Widgets.find(dialog, Tree.class).get(0).getSelection()[0].getText()));
		assertNull(failure.get());
	}
}
