package org.barometer.cli.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import com.google.inject.Injector;

/**
 * Loads files the way the studio sees a project: every .barometer file of the folders
 * involved goes into one resource set (a folder is a project: the profile and the other
 * issues are found there), and the files asked for are the ones to work on. Shared by the
 * commands that validate and export.
 */
public class WorkspaceLoader {

	public static final String EXTENSION = ".barometer";

	private final Injector injector;

	public WorkspaceLoader() {
		this(LanguageInjector.get());
	}

	public WorkspaceLoader(Injector injector) {
		this.injector = injector;
	}

	public LoadedWorkspace load(List<Path> inputs) {
		Set<Path> requested = new LinkedHashSet<>();
		for (Path input : inputs) {
			requested.addAll(barometerFiles(input));
		}
		Set<Path> project = new LinkedHashSet<>(requested);
		for (Path file : requested) {
			Path folder = file.toAbsolutePath().getParent();
			project.addAll(barometerFiles(folder).stream().filter(p -> !containsSameFile(project, p)).toList());
		}
		XtextResourceSet resourceSet = injector.getProvider(XtextResourceSet.class).get();
		Map<Path, Resource> resources = new LinkedHashMap<>();
		for (Path file : project) {
			resources.put(file, resourceSet.getResource(uriOf(file), true));
		}
		return new LoadedWorkspace(injector, List.copyOf(requested), resources);
	}

	/** The .barometer files of a folder (recursively, in name order), or the file itself. */
	public static List<Path> barometerFiles(Path input) {
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
