package org.barometer.cli.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.barometer.cli.workspace.Diagnostic;
import org.barometer.cli.workspace.LoadedWorkspace;
import org.barometer.cli.workspace.WorkspaceLoader;

/**
 * Validates files the way the studio does: the files asked for are loaded with the rest of
 * their project (see {@link WorkspaceLoader}) and validated.
 */
public class WorkspaceValidator {

	private final WorkspaceLoader loader;

	public WorkspaceValidator() {
		this(new WorkspaceLoader());
	}

	public WorkspaceValidator(WorkspaceLoader loader) {
		this.loader = loader;
	}

	public ValidationRun validate(List<Path> inputs) {
		LoadedWorkspace workspace = loader.load(inputs);
		List<Diagnostic> diagnostics = new ArrayList<>(workspace.notRead());
		for (Path file : workspace.requested()) {
			diagnostics.addAll(workspace.validate(file));
		}
		Collections.sort(diagnostics);
		return new ValidationRun(workspace.requested().size(), diagnostics);
	}
}
