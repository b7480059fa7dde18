package org.barometer.workspace;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Builds a publication just opened at once. The workspace's auto-build would come to it only
 * 100 ms to 1 s after the opening's last change (the longer the more recent the last build), or
 * never with building automatically turned off; meanwhile the person who opened it waits for
 * its problems and views. The auto-build that follows finds no file changed since and builds
 * nothing again (one build per opening).
 */
public final class OpeningBuild extends Job {

	private final IProject project;

	private OpeningBuild(IProject project) {
		super("Checking " + project.getName());
		this.project = project;
		setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
	}

	/** Starts the project's build now, on a job's thread (the caller may be the UI thread). */
	public static void start(IProject project) {
		new OpeningBuild(project).schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			if (project.isAccessible() && project.hasNature(BarometerNature.ID)) {
				project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, monitor);
			}
			return Status.OK_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	/** A build the user did not start, but one that callers waiting for builds (tests, exports) should wait for. */
	@Override
	public boolean belongsTo(Object family) {
		return family == ResourcesPlugin.FAMILY_MANUAL_BUILD;
	}
}
