package org.barometer.export.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
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
import org.osgi.framework.FrameworkUtil;

import com.google.inject.Injector;

/**
 * The issues the tests export, parsed with the language as the command line does: the
 * bundled examples (profile, issues 17 and 18) and an issue with every narrative part.
 */
final class ExampleIssues {

	static final String NARRATIVE = "resources/narrative/issue-18-with-narrative.barometer";

	private static Injector injector;

	private ExampleIssues() {
	}

	static Path folder() {
		return Path.of(System.getProperty("barometer.examples", "../../examples"));
	}

	/** Issues 17 and 18, in order, with their profile resolved. */
	static List<Issue> examples() {
		XtextResourceSet resourceSet = resourceSet();
		try (Stream<Path> files = Files.list(folder())) {
			for (Path file : files.filter(f -> f.toString().endsWith(".barometer")).sorted().toList()) {
				resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return issuesOf(resourceSet);
	}

	/** The issue with narrative, beside the examples' profile. */
	static Issue narrative() {
		XtextResourceSet resourceSet = resourceSet();
		resourceSet.getResource(URI.createFileURI(folder().resolve("minsk-barometer.barometer").toAbsolutePath().toString()), true);
		Resource resource = resourceSet.createResource(URI.createURI("memory:/narrative/issue-18-with-narrative.barometer"));
		URL entry = FrameworkUtil.getBundle(ExampleIssues.class).getEntry(NARRATIVE);
		try (InputStream in = entry.openStream()) {
			resource.load(in, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return issuesOf(resourceSet).get(0);
	}

	/** An issue written here, beside a profile written here. */
	static Issue parse(String profile, String issue) {
		XtextResourceSet resourceSet = resourceSet();
		load(resourceSet, "memory:/inline/profile.barometer", profile);
		load(resourceSet, "memory:/inline/issue.barometer", issue);
		return issuesOf(resourceSet).get(0);
	}

	private static void load(XtextResourceSet resourceSet, String uri, String text) {
		Resource resource = resourceSet.createResource(URI.createURI(uri));
		try (InputStream in = new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
			resource.load(in, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Issue> issuesOf(XtextResourceSet resourceSet) {
		EcoreUtil.resolveAll(resourceSet);
		List<Issue> issues = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			if (!resource.getErrors().isEmpty()) {
				throw new IllegalStateException(resource.getURI() + ": " + resource.getErrors().get(0).getMessage());
			}
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
