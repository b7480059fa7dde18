package org.barometer.editor.live;

import java.util.Comparator;
import java.util.List;

import org.barometer.lang.ide.edits.TextEdit;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;

/**
 * Applies the language's text edits to a file's document: the editor's own when the file is
 * open (the user saves, and can undo), the file itself otherwise.
 */
public final class DocumentEdits {

	private DocumentEdits() {
	}

	public static void apply(IDocument document, List<TextEdit> edits) throws BadLocationException {
		DocumentRewriteSession session = document instanceof IDocumentExtension4 extension
				? extension.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED_SMALL) : null;
		try {
			// from the end, so earlier offsets stay valid
			for (TextEdit edit : edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed()).toList()) {
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}

	public static void apply(IFile file, List<TextEdit> edits) throws CoreException, BadLocationException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		manager.connect(path, LocationKind.IFILE, null);
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
			boolean wasDirty = buffer.isDirty();
			apply(buffer.getDocument(), edits);
			if (!wasDirty && !buffer.isShared()) {
				buffer.commit(null, true);
			}
		} finally {
			manager.disconnect(path, LocationKind.IFILE, null);
		}
	}
}
