package org.barometer.importer.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.barometer.lang.BarometerStandaloneSetup;
import org.barometer.model.BarometerDocument;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** The Barometer language, to read back what the import wrote: a project's files in one resource set. */
final class Language {

	private static Injector injector;

	private final XtextResourceSet resourceSet;
	private int counter;

	Language() {
		resourceSet = injector().getInstance(XtextResourceSet.class);
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = BarometerStandaloneSetup.doSetup();
		}
		return injector;
	}

	BarometerDocument load(Path file) {
		try {
			return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	BarometerDocument parse(String text, String name) {
		Resource resource = resourceSet.createResource(URI.createURI("memory:/project/" + counter++ + "/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		BarometerDocument document = (BarometerDocument) resource.getContents().get(0);
		return document;
	}

	void resolveAll() {
		EcoreUtil.resolveAll(resourceSet);
	}

	/** Syntax errors of a document's resource, as "line: message". */
	static List<String> syntaxErrors(BarometerDocument document) {
		return ((XtextResource) document.eResource()).getErrors().stream().map(e -> e.getLine() + ": " + e.getMessage()).toList();
	}

	/** The validator's findings on a document, as "severity: message [code]" without their place. */
	static List<String> diagnostics(BarometerDocument document) {
		IResourceValidator validator = ((XtextResource) document.eResource()).getResourceServiceProvider().getResourceValidator();
		return validator.validate(document.eResource(), CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.map(Language::describe).sorted().toList();
	}

	static String describe(Issue issue) {
		return issue.getSeverity().name().toLowerCase() + ": " + issue.getMessage() + " [" + issue.getCode().replace("org.barometer.lang.", "") + "]";
	}
}
