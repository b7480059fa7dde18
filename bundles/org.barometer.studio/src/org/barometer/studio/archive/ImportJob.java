package org.barometer.studio.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.barometer.importer.ArchiveImport;
import org.barometer.importer.ImportProgress;
import org.barometer.importer.ImportRun;
import org.barometer.importer.ImportSource;
import org.barometer.importer.ImportedIssue;
import org.barometer.importer.NotImported;
import org.barometer.importer.source.UnreadableSourceException;
import org.barometer.model.PublicationProfile;
import org.barometer.workspace.BarometerInjector;
import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Imports published issues into a publication's folder in the background, source by source
 * with progress, against the publication's profile (or writing one from the first source when
 * it has none), then refreshes the publication so that the studio builds and shows them.
 */
public class ImportJob extends Job {

	private final ImportRequest request;
	private final ImportOutcome outcome = new ImportOutcome();

	public ImportJob(ImportRequest request) {
		super("Importing published issues into " + request.publication().getName());
		this.request = request;
		setUser(true);
		setRule(request.publication()); // no build of the publication while its files arrive
	}

	public ImportOutcome outcome() {
		return outcome;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing published issues", 100);
		ArchiveImport archive = new ArchiveImport();
		List<ImportSource> sources;
		try {
			sources = archive.sources(request.sources());
		} catch (UnreadableSourceException e) {
			outcome.failed(e.getMessage());
			return Status.OK_STATUS;
		} catch (IOException e) {
			outcome.failed("The chosen files cannot be listed (" + e.getMessage() + ").");
			return Status.OK_STATUS;
		}
		if (sources.isEmpty()) {
			outcome.failed("No published issue (PDF, Word .docx, or extracted text) was found in what was chosen.");
			return Status.OK_STATUS;
		}
		IProject publication = request.publication();
		Path folder = publication.getLocation().toFile().toPath();
		SubMonitor importing = progress.split(80).setWorkRemaining(sources.size());
		ImportRun run = archive.importAll(sources, profileOf(publication), new ImportProgress() {
			@Override
			public void importing(Path source, int done) {
				importing.subTask(source.getFileName().toString());
				if (done > 0) {
					importing.worked(1);
				}
			}

			@Override
			public boolean isCancelled() {
				return importing.isCanceled();
			}
		});
		for (ImportedIssue issue : run.issues()) {
			try {
				outcome.imported(issue, archive.write(issue, folder));
			} catch (IOException e) {
				outcome.failed(issue.source() + ": imported, but " + issue.fileName() + " could not be written into " + folder
						+ " (" + e.getMessage() + ").");
			}
		}
		run.notImported().stream().map(NotImported::message).forEach(outcome::failed);
		if (run.cancelled()) {
			outcome.cancelled();
		}
		try {
			publication.refreshLocal(IResource.DEPTH_ONE, progress.split(20));
		} catch (CoreException e) {
			// the files are written; the studio finds them at its next refresh
		}
		return Status.OK_STATUS;
	}

	/**
	 * The publication's own profile, so that the imported issues join its charts; null when it has
	 * none yet. Only the profile is parsed: an archive's issues are told apart by their first line.
	 */
	private static PublicationProfile profileOf(IProject publication) {
		IResource[] members;
		try {
			members = publication.members();
		} catch (CoreException e) {
			return null;
		}
		for (IResource member : members) {
			if (ProjectResources.isBarometerFile(member) && !ProjectResources.isIssueFile(member)) {
				XtextResourceSet resources = BarometerInjector.get().getInstance(XtextResourceSet.class);
				Resource resource = resources.getResource(ProjectResources.uriOf((IFile) member), true);
				if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PublicationProfile profile) {
					return profile;
				}
			}
		}
		return null;
	}
}
