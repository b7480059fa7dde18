package org.barometer.editor.quickfix;

import org.barometer.editor.live.DocumentEdits;
import org.barometer.lang.ide.quickfix.QuickFix;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.swt.graphics.Image;

/** One quick fix of the language, applied as its text edits to the file's document. */
class QuickFixResolution implements IMarkerResolution2 {

	private final IFile file;
	private final QuickFix fix;

	QuickFixResolution(IFile file, QuickFix fix) {
		this.file = file;
		this.fix = fix;
	}

	@Override
	public String getLabel() {
		return fix.label();
	}

	@Override
	public String getDescription() {
		return fix.label();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public void run(IMarker marker) {
		try {
			DocumentEdits.apply(file, fix.edits());
		} catch (CoreException | BadLocationException e) {
			MessageDialog.openError(Display.getCurrent() == null ? null : Display.getCurrent().getActiveShell(),
					"Quick fix", "Could not apply \"" + fix.label() + "\" to " + file.getFullPath() + ": " + e.getMessage());
		}
	}
}
