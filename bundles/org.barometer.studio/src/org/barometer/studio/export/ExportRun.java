package org.barometer.studio.export;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.barometer.export.ExportReadiness;
import org.barometer.export.batch.ExportBatch;
import org.barometer.export.batch.FailureText;
import org.barometer.export.batch.WrittenFile;
import org.barometer.export.docx.DocxTemplate;
import org.barometer.export.docx.InvalidTemplateException;
import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Exports the requested files, one progress step per file, as the command line does: computed
 * figures always; an issue whose figures cannot be computed (syntax errors, unresolved
 * profile) is refused and the others are still exported. The files on disk are exported, so
 * the wizard has the editors saved first.
 */
public class ExportRun {

	private static final String PLUGIN_ID = "org.barometer.studio";

	private final ExportRequest request;
	private final ExportOutcome outcome = new ExportOutcome();

	public ExportRun(ExportRequest request) {
		this.request = request;
	}

	public ExportOutcome outcome() {
		return outcome;
	}

	/** Exports; the status sums up the outcome, with a warning per file not exported. */
	public IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting", request.files().size() + 2);
		String folderProblem = ExportBatch.folderProblem(request.folder());
		if (folderProblem != null) {
			outcome.refused(request.folder().toString(), folderProblem);
			return status();
		}
		DocxTemplate template;
		try {
			template = request.template() == null ? DocxTemplate.bundled() : DocxTemplate.of(request.template());
			if (template.footerLacksPageNumber()) {
				outcome.note("The footer of " + request.template().getFileName() + " has no page number; the Word files get one added under it.");
			}
		} catch (InvalidTemplateException | IOException e) {
			outcome.refused(String.valueOf(request.template()), FailureText.of(e));
			return status();
		}
		// the folder is created with the first file written, as on the command line
		ExportBatch batch = new ExportBatch(request.folder(),
				new ExportBatch.Formats(request.appendices(), request.fullIssue(), request.workbook(), request.landscape()), template);
		Map<IProject, ProjectResources> projects = new LinkedHashMap<>();
		for (IFile file : request.files()) {
			if (progress.isCanceled()) {
				outcome.refused(file.getName(), "cancelled");
				continue;
			}
			progress.subTask(file.getName());
			Issue issue = exportable(file, projects);
			if (issue != null) {
				try {
					outcome.wrote(batch.issue(file.getLocation().toPath(), issue).stream().map(WrittenFile::path).toList());
					outcome.exportedIssue();
				} catch (IOException | RuntimeException e) {
					outcome.refused(file.getName(), FailureText.of(e));
				}
			}
			progress.worked(1);
		}
		progress.subTask("Archive workbooks");
		for (ExportBatch.ArchiveResult archive : batch.archives()) {
			if (archive.file() != null) {
				outcome.wrote(List.of(archive.file().path()));
			} else {
				outcome.refused(archive.target().getFileName().toString(), archive.failure());
			}
		}
		progress.worked(1);
		refreshOutputFolder(progress.split(1));
		return status();
	}

	/** The file's issue when its figures can be computed; otherwise records why not and returns null. */
	private Issue exportable(IFile file, Map<IProject, ProjectResources> projects) {
		XtextResource resource;
		try {
			ProjectResources resources = projects.computeIfAbsent(file.getProject(), ProjectResources::new);
			resources.synchronize();
			resource = resources.resource(file);
		} catch (CoreException e) {
			outcome.refused(file.getName(), e.getStatus().getMessage());
			return null;
		}
		if (resource == null) {
			outcome.refused(file.getName(), "not a .barometer file of an open project");
			return null;
		}
		if (!resource.getErrors().isEmpty()) {
			int line = resource.getErrors().get(0).getLine();
			outcome.refused(file.getName(), "syntax errors (" + resource.getErrors().size() + ", the first on line " + line
					+ "), the figures cannot be computed");
			return null;
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (root instanceof PublicationProfile) {
			return null; // a profile has nothing to export, and that is no failure
		}
		if (!(root instanceof Issue issue)) {
			outcome.refused(file.getName(), "the file holds no issue");
			return null;
		}
		List<String> problems = ExportReadiness.problems(issue);
		if (!problems.isEmpty()) {
			outcome.refused(file.getName(), String.join("; ", problems));
			return null;
		}
		return issue;
	}

	/** An output folder inside the workspace shows its new files in the Project Explorer at once. */
	private void refreshOutputFolder(IProgressMonitor monitor) {
		IContainer[] containers = ResourcesPlugin.getWorkspace().getRoot()
				.findContainersForLocationURI(request.folder().toUri());
		for (IContainer container : containers) {
			try {
				container.refreshLocal(IResource.DEPTH_ONE, monitor);
			} catch (CoreException e) {
				// the files are written; a stale explorer is refreshed by F5
			}
		}
	}

	private IStatus status() {
		if (outcome.refusals().isEmpty()) {
			return new Status(IStatus.OK, PLUGIN_ID, outcome.summary());
		}
		MultiStatus status = new MultiStatus(PLUGIN_ID, 0, outcome.summary(), null);
		outcome.refusals().forEach(refusal -> status.add(Status.warning(refusal)));
		return status;
	}
}
