package org.barometer.studio.wizards;

import java.util.List;

import org.barometer.studio.commands.CurrentPublication;
import org.barometer.studio.shell.StudioIcons;
import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * File › New Issue: the next issue of the publication the user is in (number + 1, the next two
 * months, the same profile and sections, empty catalogues), wherever they started from.
 */
public class NewIssueWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IProject proposed;
	private NewIssuePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.proposed = CurrentPublication.ofSelectionOrOnly(selection).orElse(null);
		setWindowTitle("New Barometer Issue");
		setDefaultPageImageDescriptor(StudioIcons.descriptor(StudioIcons.NEW_ISSUE_BANNER));
	}

	@Override
	public void addPages() {
		page = new NewIssuePage(CurrentPublication.openPublications(), proposed);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		NextIssue next = page.next();
		IFile file = next.publication().getFile(page.fileName());
		try {
			NewPublicationWizard.write(file, next.text());
		} catch (CoreException e) {
			MessageDialog.openError(getShell(), "New Barometer Issue",
					"The issue could not be written to " + file.getLocation() + ". Check that the folder can be written to.");
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			// written; the Issues list opens it
		}
		return true;
	}

	private static final class NewIssuePage extends WizardPage {

		private final List<IProject> publications;
		private IProject publication;
		private NextIssue next;
		private Combo publicationChoice;
		private Label issue;
		private Text fileName;

		NewIssuePage(List<IProject> publications, IProject proposed) {
			super("issue");
			this.publications = publications;
			this.publication = proposed != null ? proposed : publications.isEmpty() ? null : publications.get(0);
			setTitle("New Issue");
			setDescription("The next issue of a publication: the next number and two months, its sections with empty catalogues.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout(2, false));
			new Label(page, SWT.NONE).setText("Publication:");
			publicationChoice = new Combo(page, SWT.READ_ONLY);
			publicationChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			publications.forEach(p -> publicationChoice.add(NextIssue.titleOf(p)));
			publicationChoice.select(Math.max(0, publications.indexOf(publication)));
			publicationChoice.addListener(SWT.Selection, event -> choose(publications.get(publicationChoice.getSelectionIndex())));
			new Label(page, SWT.NONE).setText("Issue:");
			issue = new Label(page, SWT.NONE);
			issue.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			new Label(page, SWT.NONE).setText("File name:");
			fileName = new Text(page, SWT.BORDER);
			fileName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			fileName.addListener(SWT.Modify, event -> validate());
			setControl(page);
			choose(publication);
		}

		private void choose(IProject chosen) {
			publication = chosen;
			next = null;
			if (chosen != null) {
				try {
					next = NextIssue.of(chosen);
				} catch (CoreException e) {
					next = null;
				}
			}
			issue.setText(next == null ? "" : next.description());
			fileName.setText(next == null ? "" : next.fileName());
			validate();
		}

		private void validate() {
			String error = null;
			String name = fileName();
			if (publication == null) {
				error = "Open a publication first (File › Open Publication Folder or File › New Publication).";
			} else if (next == null) {
				error = "The publication's files cannot be read.";
			} else if (name.isBlank() || name.equals("." + ProjectResources.EXTENSION)) {
				error = "Give the issue a file name.";
			} else if (name.contains("/") || name.contains("\\")) {
				error = "A file name cannot contain / or \\.";
			} else if (publication.getFile(name).exists()) {
				error = "The publication already has a file called " + name + ".";
			}
			setErrorMessage(error);
			setPageComplete(error == null);
		}

		/** The name typed, with the .barometer ending added when left out. */
		String fileName() {
			String typed = fileName == null ? "" : fileName.getText().strip();
			return typed.isEmpty() || typed.endsWith("." + ProjectResources.EXTENSION) ? typed
					: typed + "." + ProjectResources.EXTENSION;
		}

		NextIssue next() {
			return next;
		}
	}
}
