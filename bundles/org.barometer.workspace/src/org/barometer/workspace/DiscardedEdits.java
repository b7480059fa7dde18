package org.barometer.workspace;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;

/**
 * Notices when the unsaved text of a .barometer file is thrown away: its editor closed without
 * saving, reverted, or reloaded from the changed file. That text is what the file's markers
 * described (live validation and the builder read it), and what the project's other files were
 * validated against, so the project is validated again from what is left.
 */
final class DiscardedEdits implements IFileBufferListener {

	private final Revalidation revalidation;
	private final Set<IFileBuffer> replacingUnsavedText = ConcurrentHashMap.newKeySet();

	DiscardedEdits(Revalidation revalidation) {
		this.revalidation = revalidation;
	}

	@Override
	public void bufferDisposed(IFileBuffer buffer) {
		if (buffer.isDirty()) {
			revalidate(buffer);
		}
	}

	@Override
	public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
		if (buffer.isDirty()) {
			replacingUnsavedText.add(buffer);
		}
	}

	@Override
	public void bufferContentReplaced(IFileBuffer buffer) {
		if (replacingUnsavedText.remove(buffer)) {
			revalidate(buffer);
		}
	}

	private void revalidate(IFileBuffer buffer) {
		IPath location = buffer.getLocation();
		if (location == null || location.segmentCount() < 2) {
			return; // not a workspace file
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
		if (ProjectResources.isBarometerFile(file)) {
			revalidation.request(file.getProject());
		}
	}

	@Override
	public void bufferCreated(IFileBuffer buffer) {
	}

	@Override
	public void stateChanging(IFileBuffer buffer) {
	}

	@Override
	public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
	}

	@Override
	public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
	}

	@Override
	public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
	}

	@Override
	public void underlyingFileDeleted(IFileBuffer buffer) {
	}

	@Override
	public void stateChangeFailed(IFileBuffer buffer) {
	}
}
