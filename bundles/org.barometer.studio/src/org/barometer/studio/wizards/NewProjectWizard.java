package org.barometer.studio.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.barometer.editor.preferences.EditorPreferences;
import org.barometer.model.Month;
import org.barometer.workspace.BarometerNature;
import org.barometer.workspace.IssueTemplates;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

/** File > New > Barometer Project: a project with the Barometer nature, a profile and its first issue. */
public class NewProjectWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private WizardNewProjectCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle("New Barometer Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("project");
		page.setTitle("Barometer Project");
		page.setDescription("A publication profile and the first issue, validated as you type.");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		IFile[] issue = new IFile[1];
		try {
			getContainer().run(false, true, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException {
					issue[0] = create(project, page.useDefaults() ? null : page.getLocationURI(), monitor);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "New Barometer Project", "The project could not be created: "
					+ e.getTargetException().getMessage());
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), issue[0]);
		} catch (PartInitException e) {
			// the project exists; the editor can be opened by hand
		}
		return true;
	}

	/** Creates the project and its two files; returns the issue. */
	static IFile create(IProject project, java.net.URI location, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 4);
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		BarometerNature.addTo(project, progress.split(1));
		String profileName = EditorPreferences.defaultProfile().isBlank() ? "Publication" : EditorPreferences.defaultProfile();
		write(project.getFile("profile.barometer"), IssueTemplates.profile(profileName));
		LocalDate today = LocalDate.now();
		int first = today.getMonthValue() % 2 == 1 ? today.getMonthValue() : today.getMonthValue() - 1;
		Month firstMonth = Month.get(first);
		Month secondMonth = Month.get(first + 1);
		IFile issue = project.getFile(IssueTemplates.fileName(1, firstMonth, secondMonth, today.getYear()));
		write(issue, IssueTemplates.issue(1, profileName, List.of("Russia", "EU"), firstMonth, secondMonth, today.getYear()));
		progress.worked(1);
		return issue;
	}

	static void write(IFile file, String text) throws CoreException {
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		file.setCharset("UTF-8", null);
	}
}
