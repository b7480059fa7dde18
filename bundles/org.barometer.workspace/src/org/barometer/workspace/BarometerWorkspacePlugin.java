package org.barometer.workspace;

import org.eclipse.core.filebuffers.FileBuffers;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The workspace bundle's activator: while it runs, unsaved text thrown away has its project
 * validated again, and builds can be asked for ({@link BuildObservers#requestBuild}).
 */
public class BarometerWorkspacePlugin implements BundleActivator {

	private static volatile Revalidation revalidation;
	private DiscardedEdits discardedEdits;

	static Revalidation revalidation() {
		return revalidation;
	}

	@Override
	public void start(BundleContext context) {
		revalidation = new Revalidation();
		discardedEdits = new DiscardedEdits(revalidation);
		FileBuffers.getTextFileBufferManager().addFileBufferListener(discardedEdits);
	}

	@Override
	public void stop(BundleContext context) {
		FileBuffers.getTextFileBufferManager().removeFileBufferListener(discardedEdits);
		revalidation.cancel();
	}
}
