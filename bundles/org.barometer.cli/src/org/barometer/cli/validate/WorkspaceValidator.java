package org.barometer.cli.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.barometer.lang.BarometerStandaloneSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Validates files the way the studio does: every .barometer file of the folders involved is
 * loaded into one resource set (a folder is a project: the profile and the other issues are
 * found there), and the files asked for are validated.
 */
public class WorkspaceValidator {

	public static final String EXTENSION = ".barometer";

	private final Injector injector;

	public WorkspaceValidator() {
		this(LanguageInjector.get());
	}

	public WorkspaceValidator(Injector injector) {
		this.injector = injector;
	}

	public ValidationRun validate(List<Path> inputs) {
		Set<Path> requested = new LinkedHashSet<>();
		for (Path input : inputs) {
			requested.addAll(barometerFiles(input));
		}
		Set<Path> project = new LinkedHashSet<>(requested);
		for (Path file : requested) {
			Path folder = file.toAbsolutePath().getParent();
			project.addAll(barometerFiles(folder).stream().filter(p -> !containsSameFile(project, p)).toList());
		}
		Provider<XtextResourceSet> resourceSets = injector.getProvider(XtextResourceSet.class);
		XtextResourceSet resourceSet = resourceSets.get();
		Map<Path, Resource> resources = new LinkedHashMap<>();
		for (Path file : project) {
			resources.put(file, resourceSet.getResource(uriOf(file), true));
		}
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (Path file : requested) {
			for (Issue issue : validator.validate(resources.get(file), CheckMode.ALL, CancelIndicator.NullImpl)) {
				diagnostics.add(toDiagnostic(file, issue));
			}
		}
		Collections.sort(diagnostics);
		return new ValidationRun(requested.size(), diagnostics);
	}

	private static Diagnostic toDiagnostic(Path file, Issue issue) {
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		boolean error = issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR;
		return new Diagnostic(file, line, column, error, issue.getMessage(), issue.getCode());
	}

	/** The .barometer files of a folder (recursively, in name order), or the file itself. */
	static List<Path> barometerFiles(Path input) {
		if (!Files.isDirectory(input)) {
			return List.of(input);
		}
		try (Stream<Path> files = Files.walk(input)) {
			return files.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
					.sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot list " + input, e);
		}
	}

	private static boolean containsSameFile(Set<Path> files, Path candidate) {
		Path absolute = candidate.toAbsolutePath().normalize();
		return files.stream().anyMatch(f -> f.toAbsolutePath().normalize().equals(absolute));
	}

	private static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	/** The language's injector, created once per process. */
	static final class LanguageInjector {
		private static Injector injector;

		static synchronized Injector get() {
			if (injector == null) {
				injector = BarometerStandaloneSetup.doSetup();
			}
			return injector;
		}
	}
}
