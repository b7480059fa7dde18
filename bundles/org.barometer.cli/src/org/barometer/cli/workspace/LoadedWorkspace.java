package org.barometer.cli.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** The files of a project loaded into one resource set, and the ones asked for. */
public final class LoadedWorkspace {

	private final Injector injector;
	private final List<Path> requested;
	private final Map<Path, Resource> resources;
	private final List<Diagnostic> notRead;

	LoadedWorkspace(Injector injector, List<Path> requested, Map<Path, Resource> resources, List<Diagnostic> notRead) {
		this.injector = injector;
		this.requested = requested;
		this.resources = resources;
		this.notRead = notRead;
	}

	/** The files named on the command line, folders expanded, in order; only those that were read. */
	public List<Path> requested() {
		return requested;
	}

	/** One error per file or folder asked for that could not be read, saying why. */
	public List<Diagnostic> notRead() {
		return notRead;
	}

	/** The document a file holds (a profile or an issue), or null when it holds none. */
	public EObject root(Path file) {
		Resource resource = resources.get(file);
		return resource == null || resource.getContents().isEmpty() ? null : resource.getContents().get(0);
	}

	/** Every problem the language finds in the file (syntax, links, rules), in file order. */
	public List<Diagnostic> validate(Path file) {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (Issue issue : validator.validate(resources.get(file), CheckMode.ALL, CancelIndicator.NullImpl)) {
			diagnostics.add(toDiagnostic(file, issue));
		}
		Collections.sort(diagnostics);
		return diagnostics;
	}

	private static Diagnostic toDiagnostic(Path file, Issue issue) {
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new Diagnostic(file, line, column, issue.getSeverity() == Severity.ERROR, issue.getMessage(), issue.getCode());
	}
}
