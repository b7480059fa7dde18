package org.barometer.editor.live;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.IDocument;

/**
 * Finds the live model of an open document. The editor's contributions (reconciler,
 * highlighting, content assist, hover, outline) are created separately by the generic editor;
 * they meet here, on the document they share. A live model holds its document, so the map's
 * weak keys alone would never let go: the models of documents whose file buffer is gone (the
 * editor closed) are dropped at the next look-up.
 */
public final class LiveDocuments {

	private static final Map<IDocument, LiveDocument> BY_DOCUMENT = new WeakHashMap<>();

	private LiveDocuments() {
	}

	/** The live model of a workspace document, or null for a document that is not a workspace file. */
	public static synchronized LiveDocument of(IDocument document) {
		if (document == null) {
			return null;
		}
		forgetClosed();
		LiveDocument live = BY_DOCUMENT.get(document);
		if (live == null) {
			IFile file = fileOf(document);
			if (file == null) {
				return null;
			}
			live = new LiveDocument(document, file);
			BY_DOCUMENT.put(document, live);
		}
		return live;
	}

	/** The live model of a file open in an editor, or null when it is not open. */
	public static synchronized LiveDocument of(IFile file) {
		forgetClosed();
		return BY_DOCUMENT.values().stream().filter(live -> live.file().equals(file)).findFirst().orElse(null);
	}

	private static void forgetClosed() {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		BY_DOCUMENT.keySet().removeIf(document -> buffers.getTextFileBuffer(document) == null);
	}

	private static IFile fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null) {
			return null;
		}
		IPath location = buffer.getLocation();
		if (location == null) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
		return file.getProject().exists() ? file : null;
	}
}
