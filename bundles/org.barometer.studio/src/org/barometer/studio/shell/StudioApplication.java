package org.barometer.studio.shell;

import java.io.IOException;
import java.nio.file.Path;

import org.barometer.studio.EarlyOpening;
import org.barometer.studio.preload.EarlyDisplay;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The studio's own application: the editorial workbench, without the IDE's workspace chooser,
 * its project and build menus or its perspectives. The workspace is an implementation detail:
 * unless the command line names one, it lives in the user's home, where no analyst looks.
 */
public class StudioApplication implements IApplication {

	/** Where the workspace lives when the command line does not say (-data). */
	static final Path DEFAULT_WORKSPACE = Path.of(System.getProperty("user.home"), ".barometer", "workspace");

	@Override
	public Object start(IApplicationContext context) throws Exception {
		GtkLook.chooseFor(context);
		boolean claimed = claimWorkspace();
		if (claimed) {
			EarlyOpening.begin(); // on another core, while the UI thread makes the workbench
		}
		// on the thread of the display begun while the framework started, when there is one
		return EarlyDisplay.runOnItsThread(() -> runWorkbench(claimed));
	}

	private static Object runWorkbench(boolean claimed) throws IOException {
		Display display = PlatformUI.createDisplay(); // the one begun early, when there is one
		try {
			if (!claimed) {
				MessageDialog.openInformation(null, "Barometer Studio",
						"Barometer Studio is already open. Use the window that is open, or close it and start again.");
				return EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new StudioWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
			Location workspace = Platform.getInstanceLocation();
			if (workspace != null && workspace.isLocked()) {
				workspace.release();
			}
		}
	}

	/** Sets and locks the workspace; false when another studio holds it. */
	private static boolean claimWorkspace() throws Exception {
		Location workspace = Platform.getInstanceLocation();
		if (!workspace.isSet()) {
			workspace.set(DEFAULT_WORKSPACE.toUri().toURL(), false);
		}
		return workspace.lock();
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
