package org.barometer.lang.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * In the manner of Xtext's smoke tests: whatever half-typed or damaged text an editor holds,
 * parsing and validation report problems and never throw. Every prefix of every example
 * and every single-character deletion is tried, next to the real profile so that linking runs.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(BarometerInjectorProvider.class)
class SmokeTest {

	@Inject
	private XtextResourceSet resourceSet;
	@Inject
	private IResourceValidator validator;

	@Test
	void everyPrefixAndEveryDeletionParsesAndValidates() throws IOException {
		long variants = 0;
		for (Path file : ExamplesTest.exampleFiles()) {
			resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		}
		XtextResource scratch = (XtextResource) resourceSet.createResource(URI.createURI("smoke:/examples/scratch.barometer"));
		for (Path file : ExamplesTest.exampleFiles()) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			for (int end = 0; end <= text.length(); end++) {
				check(scratch, text.substring(0, end), file, "prefix of length " + end);
				variants++;
			}
			for (int i = 0; i < text.length(); i++) {
				check(scratch, text.substring(0, i) + text.substring(i + 1), file, "deletion at " + i);
				variants++;
			}
		}
		assertTrue(variants > 1000, "examples are present: " + variants);
	}

	private void check(XtextResource scratch, String text, Path file, String variant) {
		try {
			scratch.unload();
			scratch.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
			validator.validate(scratch, CheckMode.ALL, CancelIndicator.NullImpl);
		} catch (Exception | StackOverflowError e) {
			AssertionError failure = new AssertionError(file.getFileName() + ", " + variant + ": " + e, e);
			fail(failure);
		}
	}

}
