package org.barometer.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
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
 * The real issues 17 and 18 and their profile: the exact diagnostics of each file are pinned
 * in examples/expected/NAME.diagnostics, so a regression either way fails.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(BarometerInjectorProvider.class)
class ExamplesTest {

	static Path examples() {
		return Path.of(System.getProperty("barometer.examples", "../../examples"));
	}

	static List<Path> exampleFiles() throws IOException {
		try (Stream<Path> files = Files.list(examples())) {
			return files.filter(f -> f.toString().endsWith(".barometer")).sorted().toList();
		}
	}

	@Inject
	private XtextResourceSet resourceSet;
	@Inject
	private IResourceValidator validator;

	@Test
	void everyExampleHasExactlyItsPinnedDiagnostics() throws IOException {
		List<Path> files = exampleFiles();
		assertEquals(3, files.size(), "the profile and issues 17 and 18");
		for (Path file : files) {
			resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		}
		for (Path file : files) {
			Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
			List<String> actual = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
					.sorted((a, b) -> a.getOffset() - b.getOffset())
					.map(i -> i.getLineNumber() + ":" + i.getColumn() + ": " + i.getSeverity().name().toLowerCase() + ": "
							+ i.getMessage() + " [" + i.getCode().replace("org.barometer.lang.", "") + "]")
					.toList();
			Path expectedFile = examples().resolve("expected").resolve(file.getFileName() + ".diagnostics");
			assertTrue(Files.exists(expectedFile), "missing " + expectedFile + "; actual:\n" + String.join("\n", actual));
			List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
					.filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
			assertEquals(String.join("\n", expected), String.join("\n", actual), file.getFileName().toString());
		}
	}
}
