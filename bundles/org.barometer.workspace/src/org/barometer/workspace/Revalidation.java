package org.barometer.workspace;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

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
 * validated again (unsaved text thrown away), or whose build a late {@link BuildObserver} needs.
 * One job for all requests, so that a burst of them builds each project once. It holds the
 * workspace's build rule, so it runs when no other build does: whether a requested build is
 * still needed is decided after the builds before it (an opening's or the auto-build's) are
 * done, and without waiting for the auto-build's delay (it used to join the auto-build before
 * every request, up to a second after the last change).
 */
final class Revalidation extends Job {

	/** The projects to build, each with whether its build is still needed when the job runs. */
	private final Map<IProject, BooleanSupplier> pending = new ConcurrentHashMap<>();

	Revalidation() {
		super("Validating Barometer files");
		setSystem(true);
	}

	void request(IProject project) {
		request(project, () -> true);
	}

	/** A build unless {@code stillNeeded} says otherwise when the job runs (another request's build is never dropped). */
	synchronized void request(IProject project, BooleanSupplier stillNeeded) {
		pending.merge(project, stillNeeded, (earlier, later) -> () -> earlier.getAsBoolean() || later.getAsBoolean());
		if (getRule() == null) { // set before the first scheduling, once a project asks (the workspace is there then)
			setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
		}
		schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		// a build that ran before this one holds the rule may have made a requested one unneeded (see request);
		// one the auto-build has yet to run finds nothing changed after this one
		for (IProject project : pending.keySet()) {
			BooleanSupplier stillNeeded = pending.remove(project);
			try {
				if (stillNeeded != null && stillNeeded.getAsBoolean() && project.isAccessible() && project.hasNature(BarometerNature.ID)) {
					project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, BarometerBuilder.ID,
							Map.of(BarometerBuilder.REVALIDATE, "true"), monitor);
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
