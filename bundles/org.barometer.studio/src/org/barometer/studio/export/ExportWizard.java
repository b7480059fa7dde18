package org.barometer.studio.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.FrameworkUtil;

/**
 * File > Export > Barometer > Issues to Word and Excel, and the context menu's "Export Issues":
 * asks what to export, has unsaved editors saved (the files on disk are exported), and runs
 * an {@link ExportJob} in the background, then offers to open the result.
 */
public class ExportWizard extends Wizard implements IExportWizard {

	private static final String SETTINGS_SECTION = "ExportWizard";
	private static final String EXPORTS_FOLDER = "exports";

	private ExportPage page;
	private ExportJob lastJob;

	public ExportWizard() {
		setWindowTitle("Export");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		List<IFile> selected = selectedFiles(selection);
		List<IFile> candidates = workspaceFiles();
		candidates.removeAll(selected);
		candidates.addAll(0, selected);
		page = new ExportPage(candidates, selected, ExportWizard::defaultFolder, settings());
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ExportRequest request = page.request();
		page.saveSettings();
		if (!IDE.saveAllEditors(request.files().toArray(IResource[]::new), true)) {
			return false;
		}
		ExportJob job = new ExportJob(request);
		if (page.openWhenDone()) {
			job.addJobChangeListener(new JobChangeAdapter() {
				@Override
				public void done(IJobChangeEvent event) {
					Display display = PlatformUI.getWorkbench().getDisplay();
					display.asyncExec(() -> new ExportFinishedDialog(display.getActiveShell(), job.outcome(), request.folder()).open());
				}
			});
		}
		lastJob = job;
		job.schedule();
		return true;
	}

	/** The job the last Finish started, for whoever waits for its outcome. */
	public ExportJob lastJob() {
		return lastJob;
	}

	/** The .barometer files selected, or found under the selected folders and projects. */
	static List<IFile> selectedFiles(IStructuredSelection selection) {
		Set<IFile> files = new LinkedHashSet<>();
		if (selection != null) {
			for (Object element : selection) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (ProjectResources.isBarometerFile(resource)) {
					files.add((IFile) resource);
				} else if (resource instanceof IContainer container) {
					files.addAll(barometerFilesUnder(container));
				}
			}
		}
		return new ArrayList<>(files);
	}

	/** Every issue of the open projects: profiles have nothing to export. */
	private static List<IFile> workspaceFiles() {
		List<IFile> files = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen()) {
				barometerFilesUnder(project).stream().filter(ProjectResources::isIssueFile).forEach(files::add);
			}
		}
		return files;
	}

	private static List<IFile> barometerFilesUnder(IContainer container) {
		List<IFile> files = new ArrayList<>();
		try {
			container.accept(resource -> {
				if (ProjectResources.isBarometerFile(resource)) {
					files.add((IFile) resource);
				}
				return !resource.isDerived();
			});
		} catch (CoreException e) {
			// a folder that cannot be read offers nothing to export
		}
		files.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
		return files;
	}

	/** The exports/ folder of the project of the first file, where the desk finds them beside the sources. */
	static Path defaultFolder(List<IFile> files) {
		if (files.isEmpty() || files.get(0).getProject().getLocation() == null) {
			return null;
		}
		return files.get(0).getProject().getLocation().toPath().resolve(EXPORTS_FOLDER);
	}

	private IDialogSettings settings() {
		IDialogSettings root = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(getClass())).getDialogSettings();
		IDialogSettings section = root.getSection(SETTINGS_SECTION);
		return section != null ? section : root.addNewSection(SETTINGS_SECTION);
	}
}
