package org.barometer.views.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.barometer.model.Issue;
import org.barometer.views.model.CatalogueReader;
import org.barometer.views.model.CatalogueRow;
import org.barometer.views.model.IssueIndices;
import org.barometer.views.model.IssueIndicesReader;
import org.barometer.workspace.BuildObserver.BuiltFile;
import org.eclipse.core.resources.IFile;

/**
 * The saved issues of one project as its last build read them: per issue file, its indices and
 * catalogue rows, read from the builder's models while it built (the archive parses nothing).
 * Plain values, replaced whole by each build.
 */
final class ProjectArchive {

	/** What the views show of one issue file. */
	private record SavedIssue(IssueIndices indices, List<CatalogueRow> rows) {
	}

	private final Map<IFile, SavedIssue> issues;
	/** Derived once: the archive never changes after it is made, and is read after every build. */
	private final List<IssueIndices> indices;
	private final List<CatalogueRow> rows;

	static final ProjectArchive EMPTY = new ProjectArchive(Map.of());

	private ProjectArchive(Map<IFile, SavedIssue> issues) {
		this.issues = issues;
		this.indices = issues.values().stream().map(SavedIssue::indices).toList();
		List<CatalogueRow> all = new ArrayList<>();
		issues.values().forEach(issue -> all.addAll(issue.rows()));
		this.rows = List.copyOf(all);
	}

	/**
	 * The archive after a build, on the builder's thread. A file the build read from an editor's
	 * unsaved text keeps what it was when last saved (and built), as the views show saved issues;
	 * one never built saved is read as edited, rather than left out.
	 */
	ProjectArchive afterBuild(List<BuiltFile> files) {
		Map<IFile, SavedIssue> next = new LinkedHashMap<>();
		for (BuiltFile built : files) {
			SavedIssue saved = issues.get(built.file());
			if (built.unsaved() && saved != null) {
				next.put(built.file(), saved);
			} else if (!built.resource().getContents().isEmpty() && built.resource().getContents().get(0) instanceof Issue issue) {
				IssueIndices indices = IssueIndicesReader.read(issue);
				next.put(built.file(), new SavedIssue(indices, List.copyOf(CatalogueReader.rows(issue, indices))));
			}
		}
		return new ProjectArchive(next);
	}

	List<IssueIndices> issues() {
		return indices;
	}

	List<CatalogueRow> rows() {
		return rows;
	}
}
