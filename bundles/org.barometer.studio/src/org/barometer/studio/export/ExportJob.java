package org.barometer.studio.export;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;

/** An {@link ExportRun} in the background, with the platform's progress reporting, holding off builds meanwhile. */
public class ExportJob extends Job {

	private final ExportRun run;

	public ExportJob(ExportRequest request) {
		super("Exporting " + request.files().size() + (request.files().size() == 1 ? " Barometer file" : " Barometer files"));
		this.run = new ExportRun(request);
		setUser(true);
		setRule(ResourcesPlugin.getWorkspace().getRoot());
	}

	public ExportOutcome outcome() {
		return run.outcome();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		return run.run(monitor);
	}
}
