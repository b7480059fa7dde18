package org.barometer.views.index;

import java.util.function.Consumer;

import org.barometer.editor.live.LiveDocument;
import org.barometer.editor.live.LiveDocuments;
import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Follows the page's active Barometer editor and hands its {@link LiveDocument} on, or null
 * when the last one closes. Activating a view (this one included) changes nothing.
 */
final class EditorFollower implements IPartListener2 {

	private final IWorkbenchPage page;
	private final Consumer<LiveDocument> onChange;
	private IEditorPart editor;
	private LiveDocument current;

	EditorFollower(IWorkbenchPage page, Consumer<LiveDocument> onChange) {
		this.page = page;
		this.onChange = onChange;
	}

	void start() {
		page.addPartListener(this);
		follow(page.getActiveEditor());
	}

	void stop() {
		page.removePartListener(this);
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		IWorkbenchPart part = reference.getPart(false);
		if (part instanceof IEditorPart activated && liveOf(activated) != null) {
			follow(activated);
		}
	}

	@Override
	public void partBroughtToTop(IWorkbenchPartReference reference) {
		partActivated(reference);
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference.getPart(false) == editor) {
			editor = null;
			follow(page.getActiveEditor());
		}
	}

	private void follow(IEditorPart candidate) {
		LiveDocument live = liveOf(candidate);
		editor = live == null ? null : candidate;
		if (live != current) {
			current = live;
			onChange.accept(live);
		}
	}

	/** The live model of a Barometer editor's document; null for any other part. */
	static LiveDocument liveOf(IEditorPart part) {
		if (!(part instanceof ITextEditor text) || text.getDocumentProvider() == null) {
			return null;
		}
		IFile file = text.getEditorInput().getAdapter(IFile.class);
		if (file == null || !ProjectResources.isBarometerFile(file)) {
			return null;
		}
		IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
		return LiveDocuments.of(document);
	}
}
