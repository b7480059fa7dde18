package org.barometer.studio;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/**
 * At start, the publication's first check (the build: every issue parsed and validated, the
 * scoring compared across issues) waits until the latest issue is on screen. On two cores it
 * would otherwise run beside the editor being drawn and slow it down; the Problems and Issues
 * lists fill right after. The studio always builds automatically (it offers no switch), so
 * releasing also mends a start that ended while the build was held.
 */
final class StartupBuild {

	private StartupBuild() {
	}

	static void hold() {
		setAutoBuilding(false);
	}

	static void release() {
		setAutoBuilding(true);
	}

	private static void setAutoBuilding(boolean on) {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IWorkspaceDescription description = workspace.getDescription();
		if (description.isAutoBuilding() == on) {
			return;
		}
		description.setAutoBuilding(on);
		try {
			workspace.setDescription(description);
		} catch (CoreException e) {
			ILog.of(StartupBuild.class).error("Cannot " + (on ? "resume" : "hold") + " the publication's automatic check", e);
		}
	}
}
