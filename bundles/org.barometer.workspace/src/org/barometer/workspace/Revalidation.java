package org.barometer.workspace;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs the {@link BarometerBuilder} of projects whose files did not change on disk but must be
 * validated again. One job for all requests, so that a burst of them builds each project once.
 */
final class Revalidation extends Job {

	private final Set<IProject> pending = ConcurrentHashMap.newKeySet();

	Revalidation() {
		super("Validating Barometer files");
		setSystem(true); // no rule of its own: the build takes the workspace build rule when it runs
	}

	void request(IProject project) {
		pending.add(project);
		schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		for (IProject project : pending) {
			pending.remove(project);
			try {
				if (project.isAccessible() && project.hasNature(BarometerNature.ID)) {
					project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, BarometerBuilder.ID,
							Map.of(BarometerBuilder.UNSAVED_TEXT_DISCARDED, "true"), monitor);
				}
			} catch (CoreException e) {
				ILog.of(getClass()).log(e.getStatus());
			}
		}
		return Status.OK_STATUS;
	}

	/** A build the user did not start, but one that callers waiting for builds (tests, exports) should wait for. */
	@Override
	public boolean belongsTo(Object family) {
		return family == ResourcesPlugin.FAMILY_MANUAL_BUILD;
	}
}
