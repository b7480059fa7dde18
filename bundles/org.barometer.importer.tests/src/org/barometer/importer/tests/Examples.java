package org.barometer.importer.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.barometer.lang.BarometerStandaloneSetup;
import org.barometer.model.Issue;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/** The bundled examples (profile, issues 17 and 18), parsed with the language as the command line does. */
final class Examples {

	private static Injector injector;

	private Examples() {
	}

	static Path folder() {
		return Path.of(System.getProperty("barometer.examples", "../../examples"));
	}

	/** Issues 17 and 18, in order, with their profile resolved. */
	static List<Issue> issues() {
		XtextResourceSet resourceSet = resourceSet();
		try (Stream<Path> files = Files.list(folder())) {
			for (Path file : files.filter(f -> f.toString().endsWith(".barometer")).sorted().toList()) {
				resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(resourceSet);
		List<Issue> issues = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Issue issue) {
				issues.add(issue);
			}
		}
		issues.sort(Comparator.comparingInt(Issue::getNumber));
		return issues;
	}

	private static synchronized XtextResourceSet resourceSet() {
		if (injector == null) {
			injector = BarometerStandaloneSetup.doSetup();
		}
		return injector.getInstance(XtextResourceSet.class);
	}
}
