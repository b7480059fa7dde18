package org.barometer.editor.live;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;

/** The model of a document's current text: the last snapshot when it is up to date, a fresh parse otherwise. */
public final class CurrentModel {

	private CurrentModel() {
	}

	/** Null when the document is not a workspace .barometer file. */
	public static XtextResource of(IDocument document) throws CoreException {
		LiveDocument live = LiveDocuments.of(document);
		if (live == null) {
			return null;
		}
		String text = document.get();
		LiveSnapshot snapshot = live.latest();
		return snapshot != null && snapshot.text().equals(text) ? snapshot.resource() : live.parse(text);
	}
}
