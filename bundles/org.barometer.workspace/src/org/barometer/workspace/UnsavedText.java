package org.barometer.workspace;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;

/**
 * The text of a file as an open editor holds it, unsaved. Read from the platform's text file
 * buffers (no UI), so that the builder validates what the user sees, as live validation does.
 */
public final class UnsavedText {

	private UnsavedText() {
	}

	/** The text of the file's dirty buffer, or null when no editor holds unsaved changes to it. */
	public static String of(IFile file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		return buffer != null && buffer.isDirty() ? buffer.getDocument().get() : null;
	}
}
