package org.barometer.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.barometer.model.Event;
import org.barometer.model.PublicationProfile;
import org.barometer.workspace.consistency.ScoringConsistency;
import org.barometer.workspace.consistency.SimilarEvents;
import org.barometer.workspace.summary.DocumentSummary;
import org.barometer.workspace.summary.PublicationSummaries;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * Validates the project's .barometer files and keeps their markers. Incremental: only the
 * files changed since the last build are parsed again (the resource set is kept between
 * builds); validation then runs on every file, because a changed profile or issue number
 * changes what the other files are told. Files are read as edited ({@link ProjectResources#asEdited}):
 * the markers of a file open with unsaved changes describe the editor's text, as its live
 * validation's do, not the saved text at other offsets. Last, events scored differently from a
 * near-identical event of the project get an info marker ({@link ScoringConsistency}; the pairs
 * are sought beside the validation, from values read before it), and the {@link BuildObserver}s
 * read what they need from the parsed files.
 */
public class BarometerBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.barometer.workspace.builder";
	/**
	 * Build argument: validate although no file changed, because unsaved text the markers described
	 * was thrown away ({@link DiscardedEdits}), or a {@link BuildObserver} came after the last
	 * build. The builder is called on an empty delta for it.
	 */
	static final String REVALIDATE = "revalidate";

	private ProjectResources resources;

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		boolean revalidate = args != null && args.containsKey(REVALIDATE);
		if (delta != null && !touchesBarometerFiles(delta) && !revalidate) {
			return null;
		}
		if (resources == null || kind == FULL_BUILD) {
			resources = ProjectResources.asEdited(getProject());
		}
		resources.synchronize();
		List<IFile> files = resources.files();
		// the comparison of the issues' events reads no model, only values read here: it runs beside their validation
		List<ScoringConsistency.ComparableEvent> comparable = ScoringConsistency.comparable(new ArrayList<>(issues(files).values()));
		CompletableFuture<List<SimilarEvents.Pair<Event>>> disagreements = CompletableFuture
				.supplyAsync(() -> ScoringConsistency.disagreementsOf(comparable));
		SubMonitor progress = SubMonitor.convert(monitor, "Validating Barometer files", files.size());
		for (IFile file : files) {
			progress.subTask(file.getName());
			List<Issue> issues = resources.validate(file, progress::isCanceled);
			if (resources.isUpToDate(file)) {
				// otherwise typed on, or discarded, meanwhile: live validation or the next build marks the new text
				ProblemMarkers.replace(file, issues);
			}
			progress.worked(1);
		}
		markScoringDisagreements(files, disagreements.join());
		publishSummaries(files);
		tellObservers(files);
		return null;
	}

	/** The observers read the models now, so that nobody parses these files again ({@link BuildObserver}). */
	private void tellObservers(List<IFile> files) {
		List<BuildObserver.BuiltFile> built = new ArrayList<>();
		for (IFile file : files) {
			XtextResource resource = resources.resource(file);
			if (resource != null) {
				built.add(new BuildObserver.BuiltFile(file, resource, resources.holdsUnsavedText(file)));
			}
		}
		BuildObservers.built(getProject(), built);
	}

	/** What the studio's lists say about each file, from this build's parse (so they parse nothing themselves). */
	private void publishSummaries(List<IFile> files) {
		List<DocumentSummary> summaries = new ArrayList<>();
		for (IFile file : files) {
			XtextResource resource = resources.resource(file);
			if (resource == null || resource.getContents().isEmpty()) {
				continue;
			}
			if (resource.getContents().get(0) instanceof org.barometer.model.Issue issue) {
				summaries.add(DocumentSummary.ofIssue(file, issue));
			} else if (resource.getContents().get(0) instanceof PublicationProfile profile) {
				summaries.add(DocumentSummary.ofProfile(file, profile));
			}
		}
		PublicationSummaries.publish(getProject(), summaries);
	}

	/** Info markers where near-identical events of the project's issues carry different scores. */
	private void markScoringDisagreements(List<IFile> files, List<SimilarEvents.Pair<Event>> disagreements) throws CoreException {
		Map<Resource, List<Issue>> notes = ScoringConsistency.diagnosticsOf(disagreements);
		for (IFile file : files) {
			XtextResource resource = resources.resource(file);
			ProblemMarkers.replace(file, ProblemMarkers.SCORING_TYPE, notes.getOrDefault(resource, List.of()));
		}
	}

	/** The issues among the files, in their order. */
	private Map<IFile, org.barometer.model.Issue> issues(List<IFile> files) {
		Map<IFile, org.barometer.model.Issue> issues = new LinkedHashMap<>();
		for (IFile file : files) {
			XtextResource resource = resources.resource(file);
			if (resource != null && !resource.getContents().isEmpty()
					&& resource.getContents().get(0) instanceof org.barometer.model.Issue issue) {
				issues.put(file, issue);
			}
		}
		return issues;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		resources = null;
		PublicationSummaries.forget(getProject());
		getProject().deleteMarkers(ProblemMarkers.TYPE, true, IProject.DEPTH_INFINITE);
	}

	private static boolean touchesBarometerFiles(IResourceDelta delta) throws CoreException {
		boolean[] found = { false };
		delta.accept(child -> {
			if (ProjectResources.isBarometerFile(child.getResource())) {
				found[0] = true;
			}
			return !found[0];
		});
		return found[0];
	}
}
