package org.barometer.workspace;

import org.eclipse.core.filebuffers.FileBuffers;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** The workspace bundle's activator: while it runs, unsaved text thrown away has its project validated again. */
public class BarometerWorkspacePlugin implements BundleActivator {

	private Revalidation revalidation;
	private DiscardedEdits discardedEdits;

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
