package org.barometer.views.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.barometer.model.Issue;
import org.barometer.views.model.CatalogueReader;
import org.barometer.views.model.CatalogueRow;
import org.barometer.views.model.IssueIndices;
import org.barometer.views.model.IssueIndicesReader;
import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The saved issues of one project: its files parsed by {@link ProjectResources} (only those
 * changed on disk are parsed again), and what the views read from them, kept until the next change.
 */
final class ProjectArchive {

	private final ProjectResources resources;
	private Set<IFile> readFiles;
	private List<IssueIndices> issues = List.of();
	private List<CatalogueRow> rows = List.of();

	ProjectArchive(IProject project) {
		this.resources = new ProjectResources(project);
	}

	/** Parses what changed; reads the project's issues again when anything did (a profile change touches them all). */
	void refresh() throws CoreException {
		List<IFile> changed = resources.synchronize();
		Set<IFile> files = new HashSet<>(resources.files());
		if (!changed.isEmpty() || !files.equals(readFiles)) {
			read();
			readFiles = files;
		}
	}

	List<IssueIndices> issues() {
		return issues;
	}

	List<CatalogueRow> rows() {
		return rows;
	}

	private void read() {
		List<IssueIndices> newIssues = new ArrayList<>();
		List<CatalogueRow> newRows = new ArrayList<>();
		for (IFile file : resources.files()) {
			XtextResource resource = resources.resource(file);
			if (resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Issue issue) {
				IssueIndices indices = IssueIndicesReader.read(issue);
				newIssues.add(indices);
				newRows.addAll(CatalogueReader.rows(issue, indices));
			}
		}
		issues = List.copyOf(newIssues);
		rows = List.copyOf(newRows);
	}
}
