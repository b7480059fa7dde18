package org.barometer.studio.archive;

import java.util.List;

import org.barometer.studio.commands.CurrentPublication;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * File › Import › Published Issues: asks which published issues and into which publication,
 * runs an {@link ImportJob} in the background, and shows its report at the end.
 */
public class ImportWizard extends Wizard implements IImportWizard {

	private ImportPage page;
	private ImportJob lastJob;
	private boolean reportWhenDone = true;

	public ImportWizard() {
		setWindowTitle("Import");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		List<org.eclipse.core.resources.IProject> publications = CurrentPublication.openPublications();
		page = new ImportPage(publications, CurrentPublication.ofSelectionOrOnly(selection).orElse(null));
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		ImportJob job = new ImportJob(page.request());
		if (reportWhenDone) {
			job.addJobChangeListener(new JobChangeAdapter() {
				@Override
				public void done(IJobChangeEvent event) {
					Display display = PlatformUI.getWorkbench().getDisplay();
					display.asyncExec(() -> new ImportReportDialog(display.getActiveShell(), job.outcome()).open());
				}
			});
		}
		lastJob = job;
		job.schedule();
		return true;
	}

	/** For a caller that shows the outcome itself (a test): no report dialog at the end. */
	public void reportWhenDone(boolean report) {
		this.reportWhenDone = report;
	}

	/** The job the last Finish started, for whoever waits for its outcome. */
	public ImportJob lastJob() {
		return lastJob;
	}

	/** Adds files or folders to import, as the page's Add buttons do (for a drop, or a test). */
	public void addSources(List<java.nio.file.Path> sources) {
		page.addSources(sources);
	}
}
