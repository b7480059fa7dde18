package org.barometer.editor.outline;

import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** Gives a text editor showing a .barometer file its outline page (the generic editor has none of its own). */
public class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor) {
			IFile file = editor.getEditorInput().getAdapter(IFile.class);
			if (file != null && ProjectResources.isBarometerFile(file)) {
				return adapterType.cast(new BarometerOutlinePage(editor));
			}
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
