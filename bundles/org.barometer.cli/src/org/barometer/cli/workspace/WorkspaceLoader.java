package org.barometer.cli.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.barometer.io.InputFiles;
import org.barometer.io.UnreadableFileException;
import org.barometer.lang.BarometerStandaloneSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * Loads files the way the studio sees a project: every .barometer file of the folders
 * involved goes into one resource set (a folder is a project: the profile and the other
 * issues are found there), and the files asked for are the ones to work on. Shared by the
 * commands that validate and export. A file or folder that cannot be read is reported and
 * left out; it never stops the others (see {@link InputFiles} for what is read).
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
		List<Diagnostic> notRead = new ArrayList<>();
		Set<Path> requested = new LinkedHashSet<>();
		for (Path input : inputs) {
			SourceListing listing = SourceListing.of(input);
			requested.addAll(listing.files());
			listing.unlisted().forEach((folder, reason) -> notRead.add(NotRead.folder(folder, reason)));
		}
		Set<Path> project = new LinkedHashSet<>(requested);
		for (Path file : requested) {
			Path folder = file.toAbsolutePath().getParent();
			// the rest of the project is context: what cannot be read there is not the user's question
			SourceListing.of(folder).files().stream().filter(p -> !containsSameFile(project, p)).forEach(project::add);
		}
		XtextResourceSet resourceSet = injector.getProvider(XtextResourceSet.class).get();
		Map<Path, Resource> resources = new LinkedHashMap<>();
		List<Path> readable = new ArrayList<>();
		for (Path file : project) {
			try {
				resources.put(file, load(resourceSet, file));
				if (requested.contains(file)) {
					readable.add(file);
				}
			} catch (UnreadableFileException e) {
				if (requested.contains(file)) {
					notRead.add(NotRead.file(file, e.getMessage()));
				}
			}
		}
		return new LoadedWorkspace(injector, List.copyOf(readable), resources, List.copyOf(notRead));
	}

	private static Resource load(XtextResourceSet resourceSet, Path file) throws UnreadableFileException {
		byte[] bytes = InputFiles.read(file);
		Resource resource = resourceSet.createResource(uriOf(file));
		try {
			resource.load(new ByteArrayInputStream(bytes), resourceSet.getLoadOptions());
		} catch (IOException e) {
			// from memory, loading fails only on text the parser cannot decode at all
			resourceSet.getResources().remove(resource);
			throw new UnreadableFileException("not readable as text");
		}
		return resource;
	}

	/** The .barometer files of a folder (recursively, in name order), or the file itself. */
	public static List<Path> barometerFiles(Path input) {
		return SourceListing.of(input).files();
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
