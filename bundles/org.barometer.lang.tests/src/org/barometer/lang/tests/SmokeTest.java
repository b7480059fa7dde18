package org.barometer.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * In the manner of Xtext's smoke tests: whatever half-typed or damaged text an editor holds,
 * parsing and validation report problems and never throw, and every problem is one line in the
 * analyst's words. Every prefix of every example, every single-character deletion and every
 * single-line deletion is tried, next to the real profile so that linking runs.
 * The variants are shared out among one worker per core, each with its own resource set:
 * the cost grows with the square of the examples' size.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(BarometerInjectorProvider.class)
class SmokeTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private IResourceValidator validator;

	/** The distinct syntax messages met, written out for a reader to judge. */
	private final Set<String> syntaxMessages = ConcurrentHashMap.newKeySet();
	/** The messages an analyst could not read, each with the first variant that raised it. */
	private final Map<String, String> unreadable = new ConcurrentHashMap<>();

	@Test
	void everyPrefixAndEveryDeletionParsesAndValidates() throws Exception {
		List<String> texts = new ArrayList<>();
		long expectedVariants = 0;
		for (Path file : ExamplesTest.exampleFiles()) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			texts.add(text);
			expectedVariants += 2L * text.length() + 1 + Lines.of(text).size();
		}
		int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		try {
			List<Future<Long>> results = new ArrayList<>();
			for (int worker = 0; worker < workers; worker++) {
				int first = worker;
				results.add(pool.submit(() -> checkShare(texts, first, workers)));
			}
			long variants = 0;
			for (Future<Long> result : results) {
				variants += result.get();
			}
			assertEquals(expectedVariants, variants, "every variant was checked");
			assertTrue(variants > 1000, "examples are present: " + variants);
			Files.createDirectories(Path.of("target"));
			Files.write(Path.of("target", "syntax-messages.txt"), new TreeSet<>(syntaxMessages));
			assertEquals(Map.of(), unreadable, "every message is one line in the analyst's words");
		} finally {
			pool.shutdownNow();
		}
	}

	/** Checks every variant whose index modulo the number of workers is this worker's. */
	private long checkShare(List<String> texts, int first, int workers) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		for (Path file : ExamplesTest.exampleFiles()) {
			resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		}
		XtextResource scratch = (XtextResource) resourceSet.createResource(URI.createURI("smoke:/examples/scratch.barometer"));
		long checked = 0;
		for (int t = 0; t < texts.size(); t++) {
			String text = texts.get(t);
			int variants = 2 * text.length() + 1;
			for (int v = first; v < variants; v += workers) {
				String variant = v <= text.length() ? text.substring(0, v)
						: text.substring(0, v - text.length() - 1) + text.substring(v - text.length());
				check(scratch, variant, "example " + t + ", " + (v <= text.length() ? "prefix of length " + v
						: "deletion at " + (v - text.length() - 1)));
				checked++;
			}
			List<String> lines = Lines.of(text);
			for (int line = first; line < lines.size(); line += workers) {
				check(scratch, Lines.without(lines, line), "example " + t + ", line " + (line + 1) + " deleted");
				checked++;
			}
		}
		return checked;
	}

	private void check(XtextResource scratch, String text, String variant) {
		try {
			scratch.unload();
			scratch.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
			List<Issue> issues = validator.validate(scratch, CheckMode.ALL, CancelIndicator.NullImpl);
			for (Issue issue : issues) {
				String wording = AnalystWording.problem(issue.getMessage());
				if (wording != null) {
					unreadable.putIfAbsent(wording + ": " + issue.getMessage(), variant);
				}
				if (issue.isSyntaxError()) {
					syntaxMessages.add(issue.getMessage());
				}
			}
		} catch (Exception | StackOverflowError e) {
			throw new AssertionError(variant + ": " + e, e);
		}
	}
}
