package org.barometer.editor.live;

import java.util.function.Supplier;

import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;

/**
 * Asks for a new reconcile of an open document when another .barometer file of its project
 * changes on disk (the profile saved, an issue added or deleted): the document's markers, outline
 * and Index view then follow at once, not at the next keystroke.
 */
final class ProjectChangeFollower implements IResourceChangeListener {

	private final Supplier<IFile> followed;
	private final Runnable reconcile;

	/** {@code followed} gives the open document's file, or null while there is none. */
	ProjectChangeFollower(Supplier<IFile> followed, Runnable reconcile) {
		this.followed = followed;
		this.reconcile = reconcile;
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IFile file = followed.get();
		IResourceDelta delta = event.getDelta();
		if (file != null && delta != null && anotherFileOfTheProjectChanged(delta, file)) {
			reconcile.run();
		}
	}

	private static boolean anotherFileOfTheProjectChanged(IResourceDelta delta, IFile file) {
		IResourceDelta project = delta.findMember(file.getProject().getFullPath());
		if (project == null) {
			return false;
		}
		boolean[] found = { false };
		try {
			project.accept(child -> {
				if (ProjectResources.isBarometerFile(child.getResource()) && !child.getResource().equals(file)
						&& (child.getKind() != IResourceDelta.CHANGED || (child.getFlags() & IResourceDelta.CONTENT) != 0)) {
					found[0] = true;
				}
				return !found[0];
			});
		} catch (CoreException e) {
			return false;
		}
		return found[0];
	}
}
