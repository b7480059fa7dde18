package org.barometer.studio.shell;

import org.barometer.studio.EditorialPerspective;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/**
 * The editorial workbench: one window laid out by the Editorial perspective, the files of the
 * open publications behind it. It does what the IDE's advisor does for the resources the studio
 * shows (adapters, the Problems view's images, saving the workspace at exit) and nothing for
 * the programmer's tools it leaves out.
 */
public class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		// every start lays the window out afresh and opens the publication's issues itself
		configurer.setSaveAndRestore(false);
		// the platform's "Access commands" search box is a programmer's tool: the menus say it all
		PlatformUI.getPreferenceStore().setDefault(IWorkbenchPreferenceConstants.HIDE_QUICK_ACCESS_PER_DEFAULT, true);
		IDE.registerAdapters();
		ProblemImages.declare(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return EditorialPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new StudioWindowAdvisor(configurer);
	}

	@Override
	public void postShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			ILog.of(getClass()).error("The studio's workspace could not be saved at exit", e);
		}
	}
}
