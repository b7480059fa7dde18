package org.barometer.views;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Opens an issue of the archive in the Barometer editor, at an event when one is given. */
public final class IssueEditors {

	private IssueEditors() {
	}

	/** The workspace file of a platform:/resource URI, or null for any other URI. */
	public static IFile fileOf(URI source) {
		if (source == null || !source.isPlatformResource()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(source.toPlatformString(true)));
	}

	/** Opens the file and selects the text range (none when offset is negative); tells the user, never throws, when it cannot. */
	public static IEditorPart open(IWorkbenchPage page, URI source, int offset, int length) {
		IFile file = fileOf(source);
		if (file == null || !file.exists()) {
			MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), "Barometer",
					"The issue's file is no longer in the workspace: " + (source == null ? "unknown" : source.lastSegment()));
			return null;
		}
		try {
			IEditorPart editor = IDE.openEditor(page, file, true);
			if (offset >= 0 && editor instanceof ITextEditor text) {
				text.selectAndReveal(offset, length);
			}
			return editor;
		} catch (PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Barometer",
					"Cannot open " + file.getFullPath() + ": " + e.getMessage());
			return null;
		}
	}
}
