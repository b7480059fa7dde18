package org.barometer.lang.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.barometer.lang.BarometerStandaloneSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** Parses and validates a profile and an issue together, as the command line and the studio do. */
final class LanguageCheck {

	private static Injector injector;

	private LanguageCheck() {
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = BarometerStandaloneSetup.doSetup();
		}
		return injector;
	}

	/** Every diagnostic of both files: the issue's first, then the profile's. */
	static List<Issue> diagnostics(String profile, String issue) throws IOException {
		XtextResourceSet resources = injector().getInstance(XtextResourceSet.class);
		XtextResource profileResource = load(resources, "profile.barometer", profile);
		XtextResource issueResource = load(resources, "issue.barometer", issue);
		EcoreUtil.resolveAll(resources);
		List<Issue> diagnostics = new ArrayList<>();
		for (XtextResource resource : List.of(issueResource, profileResource)) {
			diagnostics.addAll(resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
					CancelIndicator.NullImpl));
		}
		return diagnostics;
	}

	/** The issue parsed with its profile, references resolved; null when the text holds no issue. */
	static org.barometer.model.Issue parse(String profile, String issue) throws IOException {
		XtextResourceSet resources = injector().getInstance(XtextResourceSet.class);
		load(resources, "profile.barometer", profile);
		XtextResource issueResource = load(resources, "issue.barometer", issue);
		EcoreUtil.resolveAll(resources);
		return !issueResource.getContents().isEmpty() && issueResource.getContents().get(0) instanceof org.barometer.model.Issue parsed
				? parsed : null;
	}

	private static XtextResource load(XtextResourceSet resources, String name, String text) throws IOException {
		Resource resource = resources.createResource(URI.createURI("memory:/publication/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resources.getLoadOptions());
		return (XtextResource) resource;
	}
}
