package org.barometer.workspace;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Told of each build of a Barometer project, with every file the build holds parsed, on the
 * builder's thread while nothing else touches those models: an observer reads what it needs
 * into plain values then and keeps no reference to the models, so that the studio's other
 * readers (the archive views) parse nothing the builder has parsed. Registered with
 * {@link BuildObservers}.
 */
public interface BuildObserver {

	/**
	 * One file of the build.
	 *
	 * @param unsaved whether the build read it from an open editor's unsaved text, not from disk
	 */
	record BuiltFile(IFile file, XtextResource resource, boolean unsaved) {
	}

	/** Every file of the project, as this build holds them; a file no longer listed is gone. */
	void built(IProject project, List<BuiltFile> files);
}
