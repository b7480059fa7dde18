package org.barometer.studio.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.barometer.studio.FolderOpener;
import org.barometer.studio.shell.StudioIcons;
import org.barometer.workspace.IssueTemplates;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * File › New Publication: a folder for the publication's issues, its profile under the name and
 * title the user gave, and its first issue, opened.
 */
public class NewPublicationWizard extends Wizard implements INewWizard {

	/** Where new publications' folders go unless the user chooses another. */
	static final Path DEFAULT_PARENT = Path.of(System.getProperty("user.home"), "Barometer");

	private IWorkbench workbench;
	private PublicationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle("New Publication");
		setNeedsProgressMonitor(true);
		setDefaultPageImageDescriptor(StudioIcons.descriptor(StudioIcons.NEW_PUBLICATION_BANNER));
	}

	@Override
	public void addPages() {
		page = new PublicationPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String title = page.title();
		String name = page.name();
		Path folder = page.folder();
		IFile[] issue = new IFile[1];
		try {
			getContainer().run(false, false, monitor -> {
				try {
					issue[0] = create(folder, name, title, SubMonitor.convert(monitor, "Creating the publication", 3));
				} catch (CoreException | IOException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "New Publication",
					"The publication could not be created in " + folder + ". Check that the folder can be written to.");
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), issue[0]);
		} catch (PartInitException e) {
			// created; the Issues list opens it
		}
		return true;
	}

	/** Creates the folder, its profile and first issue, and opens it as a publication; returns the issue. */
	static IFile create(Path folder, String name, String title, SubMonitor progress) throws CoreException, IOException {
		Files.createDirectories(folder);
		IProject publication = FolderOpener.openAsProject(folder, progress.split(1));
		write(publication.getFile("profile.barometer"), IssueTemplates.profile(name, title));
		progress.worked(1);
		NextIssue first = NextIssue.first(publication, name, java.util.List.of("Russia", "EU"));
		IFile issue = publication.getFile(first.fileName());
		write(issue, first.text());
		progress.worked(1);
		return issue;
	}

	static void write(IFile file, String text) throws CoreException {
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		file.setCharset("UTF-8", null);
	}

	private static final class PublicationPage extends WizardPage {

		private Text title;
		private Text name;
		private Text folder;
		private boolean nameTyped;
		private boolean folderTyped;
		private boolean filling;

		PublicationPage() {
			super("publication");
			setTitle("New Publication");
			setDescription("A publication's folder, its profile (what it monitors, its colour scale) and its first issue.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout(3, false));
			title = row(page, "Title of the publication:", "e.g. Minsk Barometer");
			name = row(page, "Name in its files:", "letters and digits, e.g. MinskBarometer");
			folder = row(page, "Folder:", "");
			Button browse = new Button(page, SWT.PUSH);
			browse.setText("Browse...");
			browse.addListener(SWT.Selection, event -> browse());
			title.addListener(SWT.Modify, event -> follow());
			name.addListener(SWT.Modify, event -> {
				nameTyped |= !filling;
				validate();
			});
			folder.addListener(SWT.Modify, event -> {
				folderTyped |= !filling;
				validate();
			});
			setControl(page);
			validate();
			setErrorMessage(null);
		}

		private static Text row(Composite page, String label, String hint) {
			new Label(page, SWT.NONE).setText(label);
			Text text = new Text(page, SWT.BORDER);
			text.setMessage(hint);
			GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
			data.horizontalSpan = label.equals("Folder:") ? 1 : 2;
			data.widthHint = 360;
			text.setLayoutData(data);
			return text;
		}

		/** Until the user types them, the file name and the folder follow the title. */
		private void follow() {
			filling = true;
			if (!nameTyped) {
				name.setText(PublicationName.of(title.getText()));
			}
			if (!folderTyped) {
				folder.setText(title.getText().isBlank() ? "" : DEFAULT_PARENT.resolve(title.getText().strip()).toString());
			}
			filling = false;
			validate();
		}

		private void browse() {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setMessage("The folder that will hold the publication's issues");
			dialog.setFilterPath(folder.getText().isBlank() ? DEFAULT_PARENT.toString() : folder.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		}

		private void validate() {
			String error = null;
			if (title.getText().isBlank()) {
				error = "Give the publication its title, as printed on its issues.";
			} else if (PublicationName.problemWith(name.getText().strip()) != null) {
				error = PublicationName.problemWith(name.getText().strip());
			} else if (folder() == null) {
				error = "Choose a folder for the publication.";
			} else if (Files.exists(folder().resolve("profile.barometer"))) {
				error = "That folder already holds a publication: open it with File › Open Publication Folder.";
			} else if (Files.exists(folder()) && !Files.isDirectory(folder())) {
				error = folder() + " is a file, not a folder.";
			}
			setErrorMessage(error);
			setPageComplete(error == null);
		}

		String title() {
			return title.getText().strip();
		}

		String name() {
			return name.getText().strip();
		}

		Path folder() {
			String typed = folder.getText().strip();
			if (typed.isEmpty()) {
				return null;
			}
			try {
				return Path.of(typed).toAbsolutePath().normalize();
			} catch (InvalidPathException e) {
				return null;
			}
		}
	}
}
