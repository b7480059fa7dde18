package org.barometer.studio.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Optional;

import org.barometer.model.Issue;
import org.barometer.workspace.IssueTemplates;
import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/**
 * File > New > Barometer Issue: the issue after the project's latest one (number + 1, the next
 * two months, the same profile and sections, empty catalogues).
 */
public class NewIssueWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private NextIssuePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New Barometer Issue");
	}

	@Override
	public void addPages() {
		page = new NextIssuePage(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			// created; the editor can be opened by hand
		}
		return true;
	}

	/** The latest issue of the project (highest number), parsed with its profile. */
	static Optional<Issue> latestIssue(IProject project) throws CoreException {
		ProjectResources resources = new ProjectResources(project);
		resources.synchronize();
		return resources.files().stream().map(resources::resource)
				.filter(r -> r != null && !r.getContents().isEmpty() && r.getContents().get(0) instanceof Issue)
				.map(r -> (Issue) r.getContents().get(0)).max(Comparator.comparingInt(Issue::getNumber));
	}

	private static final class NextIssuePage extends WizardNewFileCreationPage {

		NextIssuePage(IStructuredSelection selection) {
			super("issue", selection);
			setTitle("Barometer Issue");
			setDescription("The next issue after the latest one of the project.");
			setFileExtension(ProjectResources.EXTENSION);
		}

		@Override
		public void createControl(org.eclipse.swt.widgets.Composite parent) {
			super.createControl(parent);
			project().flatMap(NewIssueWizard::latestOrEmpty).ifPresent(latest -> setFileName(IssueTemplates.nextFileName(latest)));
		}

		@Override
		protected InputStream getInitialContents() {
			String text = project().flatMap(NewIssueWizard::latestOrEmpty).map(IssueTemplates::nextIssue).orElse("");
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		private Optional<IProject> project() {
			IResource container = getContainerFullPath() == null ? null
					: ResourcesPlugin.getWorkspace().getRoot().findMember(getContainerFullPath());
			return container instanceof IContainer c ? Optional.of(c.getProject()) : Optional.empty();
		}
	}

	private static Optional<Issue> latestOrEmpty(IProject project) {
		try {
			return latestIssue(project);
		} catch (CoreException e) {
			return Optional.empty();
		}
	}
}
