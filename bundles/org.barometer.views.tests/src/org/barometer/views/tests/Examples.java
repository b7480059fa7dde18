package org.barometer.views.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.barometer.model.Issue;
import org.barometer.model.RelationshipSection;
import org.barometer.workspace.BarometerInjector;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

/** The examples (profile, issues 17 and 18) parsed into one resource set, as a project holds them. */
final class Examples {

	static final String ISSUE_17 = "issue-17-sep-oct-2020.barometer";
	static final String ISSUE_18 = "issue-18-nov-dec-2020.barometer";

	private Examples() {
	}

	static Path folder() {
		return Path.of(System.getProperty("barometer.examples", "../../examples"));
	}

	/** The example issues, in file-name order (17, 18), linked to their profile. */
	static List<Issue> issues() {
		XtextResourceSet resourceSet = BarometerInjector.get().getInstance(XtextResourceSet.class);
		List<Resource> resources = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder())) {
			for (Path file : files.filter(f -> f.toString().endsWith(".barometer")).sorted().toList()) {
				resources.add(resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(resourceSet);
		List<Issue> issues = new ArrayList<>();
		for (Resource resource : resources) {
			if (resource.getContents().get(0) instanceof Issue issue) {
				issues.add(issue);
			}
		}
		return issues;
	}

	static Issue issue(List<Issue> issues, int number) {
		return issues.stream().filter(i -> i.getNumber() == number).findFirst().orElseThrow();
	}

	static RelationshipSection section(Issue issue, String relationship) {
		return issue.getSections().stream().filter(s -> s.getRelationship().getName().equals(relationship)).findFirst()
				.orElseThrow(() -> new AssertionError("no section " + relationship + " in issue " + issue.getNumber()));
	}

	static int eventCount(Issue issue) {
		int count = issue.getSecurity() == null ? 0 : issue.getSecurity().getEvents().size();
		for (RelationshipSection section : issue.getSections()) {
			count += section.getEvents().size();
		}
		return count;
	}
}
