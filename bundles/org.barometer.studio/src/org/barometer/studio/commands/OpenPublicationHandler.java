package org.barometer.studio.commands;

import java.nio.file.Files;
import java.nio.file.Path;

import org.barometer.studio.FolderOpener;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › Open Publication Folder: a folder of .barometer files joins the Issues list and its issues open. */
public class OpenPublicationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Open Publication Folder");
		dialog.setMessage("The folder that holds the publication's profile and issues (.barometer files)");
		String chosen = dialog.open();
		if (chosen != null) {
			open(HandlerUtil.getActiveWorkbenchWindow(event), Path.of(chosen));
		}
		return null;
	}

	/** Opens the folder as a publication and its issues in editors; tells the user when it cannot. */
	public static void open(IWorkbenchWindow window, Path folder) {
		if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
			MessageDialog.openError(window.getShell(), "Open Publication Folder", folder + " is not a folder that can be read.");
			return;
		}
		try {
			IProject publication = FolderOpener.openAsProject(folder.toAbsolutePath().normalize(), null);
			if (FolderOpener.openIssues(window.getActivePage(), publication).length == 0) {
				MessageDialog.openInformation(window.getShell(), "Open Publication Folder", folder
						+ " holds no issues yet. It is in the Issues list; File › New Issue writes its first issue.");
			}
		} catch (CoreException e) {
			MessageDialog.openError(window.getShell(), "Open Publication Folder",
					"The folder " + folder + " could not be opened as a publication: " + e.getStatus().getMessage());
		}
	}
}
