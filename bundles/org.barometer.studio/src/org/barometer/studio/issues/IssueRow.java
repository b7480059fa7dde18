package org.barometer.studio.issues;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.barometer.workspace.ProjectResources;
import org.barometer.workspace.summary.DocumentSummary;
import org.barometer.workspace.summary.PublicationSummaries;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/** What the Issues list says in each column about a publication or one of its files. */
final class IssueRow {

	private IssueRow() {
	}

	/** "Minsk Barometer"; "№ 18 · Nov–Dec 2020" (the list is narrow: the window title and tooltip say it whole); "Profile". */
	static String name(Object element) {
		if (element instanceof IProject publication) {
			return PublicationSummaries.publicationTitle(publication).orElse(publication.getName());
		}
		if (element instanceof IFile file) {
			Optional<DocumentSummary> summary = PublicationSummaries.of(file);
			if (summary.isPresent() && summary.get().isIssue()) {
				String period = shortPeriod(summary.get().period());
				return "\u2116 " + summary.get().number() + (period.isBlank() ? "" : " \u00b7 " + period);
			}
			if (summary.isPresent()) {
				return "Profile";
			}
			return ProjectResources.issueNumber(file).stream().mapToObj(number -> "\u2116 " + number).findFirst()
					.orElse(file.getName());
		}
		return String.valueOf(element);
	}

	/** "November–December 2020" → "Nov–Dec 2020". */
	static String shortPeriod(String period) {
		return period.replaceAll("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]+", "$1");
	}

	/** "2 errors, 5 warnings"; "no problems". */
	static String problems(IResource resource) {
		int errors = count(resource, IMarker.SEVERITY_ERROR);
		int warnings = count(resource, IMarker.SEVERITY_WARNING);
		if (errors == 0 && warnings == 0) {
			return "no problems";
		}
		String errorText = errors == 0 ? "" : errors + (errors == 1 ? " error" : " errors");
		String warningText = warnings == 0 ? "" : warnings + (warnings == 1 ? " warning" : " warnings");
		return errorText.isEmpty() ? warningText : warningText.isEmpty() ? errorText : errorText + ", " + warningText;
	}

	static int count(IResource resource, int severity) {
		if (!resource.isAccessible()) {
			return 0;
		}
		try {
			int found = 0;
			// every problem the Problems view lists: the checks' and the scoring notes'
			for (IMarker marker : resource.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE)) {
				if (marker.getAttribute(IMarker.SEVERITY, -1) == severity) {
					found++;
				}
			}
			return found;
		} catch (CoreException e) {
			return 0;
		}
	}

	/** "Russia +16 · EU −3 · … · national 0 · regional −8 (Yellow)", as computed from the catalogues. */
	static String indices(Object element) {
		if (!(element instanceof IFile file)) {
			return "";
		}
		Optional<DocumentSummary> summary = PublicationSummaries.of(file).filter(DocumentSummary::isIssue);
		if (summary.isEmpty()) {
			return "";
		}
		DocumentSummary issue = summary.get();
		List<String> figures = issue.aggregates().stream().map(figure -> figure.name() + " " + signed(figure.value()))
				.collect(Collectors.toList());
		if (issue.national() != null) {
			figures.add("national " + signed(issue.national()));
		}
		if (issue.regional() != null) {
			figures.add("regional " + signed(issue.regional()) + (issue.band() == null ? "" : " (" + issue.band() + ")"));
		}
		return String.join(" \u00b7 ", figures);
	}

	/** +16, −3, 0: signs always written, as the publication prints them. */
	static String signed(int value) {
		return value > 0 ? "+" + value : value < 0 ? "\u2212" + (-(long) value) : "0";
	}

	/** The publication's files in the order the list shows them: the profile, then the issues by number. */
	static Object[] filesOf(IProject publication) {
		List<DocumentSummary> summaries = PublicationSummaries.of(publication);
		if (!summaries.isEmpty()) {
			return summaries.stream().map(DocumentSummary::file).filter(IFile::exists).toArray();
		}
		try {
			return java.util.Arrays.stream(((IContainer) publication).members()).filter(ProjectResources::isBarometerFile).toArray();
		} catch (CoreException e) {
			return new Object[0];
		}
	}
}
