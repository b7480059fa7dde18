package org.barometer.studio.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Issue › Validate Publication: every file of the publication checked again from what is on
 * disk and in the editors, and the Problems list brought forward.
 */
public class ValidatePublicationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<IProject> publications = CurrentPublication.of(event).map(List::of).orElseGet(CurrentPublication::openPublications);
		WorkspaceJob job = new WorkspaceJob("Validating the publication") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				SubMonitor progress = SubMonitor.convert(monitor, publications.size());
				for (IProject publication : publications) {
					publication.build(IncrementalProjectBuilder.FULL_BUILD, progress.split(1));
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
		job.setUser(true);
		job.schedule();
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		try {
			page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			// the markers are there all the same
		}
		return null;
	}
}
