package org.barometer.studio.issues;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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

	// compiled once: the list shortens the period of every issue at every refresh
	private static final Pattern MONTH_NAME = Pattern.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]+");

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
		return MONTH_NAME.matcher(period).replaceAll("$1");
	}

	/** Whether the list shows the file as an issue: as the last build read it, or its first line while it has not been built. */
	static boolean isIssue(IFile file) {
		return PublicationSummaries.of(file).map(DocumentSummary::isIssue).orElseGet(() -> ProjectResources.isIssueFile(file));
	}

	/** "2 errors, 5 warnings"; "no problems". */
	static String problems(IResource resource) {
		int[] bySeverity = countBySeverity(resource);
		int errors = bySeverity[IMarker.SEVERITY_ERROR];
		int warnings = bySeverity[IMarker.SEVERITY_WARNING];
		if (errors == 0 && warnings == 0) {
			return "no problems";
		}
		String errorText = errors == 0 ? "" : errors + (errors == 1 ? " error" : " errors");
		String warningText = warnings == 0 ? "" : warnings + (warnings == 1 ? " warning" : " warnings");
		return errorText.isEmpty() ? warningText : warningText.isEmpty() ? errorText : errorText + ", " + warningText;
	}

	/** The problems by severity (info, warning, error), in one pass: an archive's project holds thousands of scoring notes. */
	private static int[] countBySeverity(IResource resource) {
		int[] found = new int[3];
		if (!resource.isAccessible()) {
			return found;
		}
		try {
			// every problem the Problems view lists: the checks' and the scoring notes'
			for (IMarker marker : resource.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE)) {
				int severity = marker.getAttribute(IMarker.SEVERITY, -1);
				if (severity >= 0 && severity < found.length) {
					found[severity]++;
				}
			}
		} catch (CoreException e) {
			// the resource went away meanwhile: no problems to show
		}
		return found;
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
