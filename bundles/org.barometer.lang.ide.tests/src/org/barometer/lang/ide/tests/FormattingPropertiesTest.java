package org.barometer.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.barometer.lang.ide.edits.TextEdit;
import org.barometer.lang.ide.formatting.BarometerFormatting;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/**
 * Properties of the formatter over the examples and their mutants (a line deleted, a line
 * repeated, the whitespace changed): the model after formatting equals the model before,
 * formatting twice equals formatting once, and no line grows past the longer of its old
 * length and {@value #LINE_LIMIT} characters.
 */
class FormattingPropertiesTest {

	private static final int LINE_LIMIT = 120;

	private final BarometerFormatting formatting = Workspace.get(BarometerFormatting.class);

	@Test
	void theExamplesAndTheirMutantsKeepTheirModelFormatOnceAndStayWithinTheirWidth() throws IOException {
		int formatted = 0;
		for (Path file : Workspace.exampleFiles()) {
			Workspace workspace = new Workspace();
			Workspace.exampleFiles().stream().filter(f -> !f.equals(file)).forEach(workspace::loadFile);
			Map<String, String> mutants = mutants(Workspace.read(file));
			for (Map.Entry<String, String> mutant : mutants.entrySet()) {
				if (check(workspace, file.getFileName() + ", " + mutant.getKey(), mutant.getValue())) {
					formatted++;
				}
			}
		}
		assertTrue(formatted > 900, "mutants formatted: " + formatted);
	}

	/** The examples as formatted, written out for a reader to look at; the same properties hold. */
	@Test
	void theFormattedExamplesAreWrittenOut() throws IOException {
		Path out = Files.createDirectories(Path.of("target", "formatted"));
		for (Path file : Workspace.exampleFiles()) {
			Workspace workspace = new Workspace();
			Workspace.exampleFiles().forEach(workspace::loadFile);
			XtextResource resource = workspace.loadFile(file);
			String text = Workspace.text(resource);
			String formatted = TextEdit.applyAll(text, formatting.format(resource));
			Files.writeString(out.resolve(file.getFileName()), formatted, StandardCharsets.UTF_8);
			XtextResource reparsed = workspace.load("formatted.barometer", formatted);
			assertLinesWithinWidth(file.toString(), reparsed, Workspace.tokens(resource), text, formatted);
		}
	}

	/** Whether the mutant parsed (only then is it formatted) after the properties held for it. */
	private boolean check(Workspace workspace, String name, String text) {
		XtextResource before = workspace.load("mutant.barometer", text);
		XtextResource after = null;
		try {
			if (before.getParseResult().hasSyntaxErrors()) {
				return false;
			}
			String formatted = TextEdit.applyAll(text, formatting.format(before));
			after = workspace.load("formatted.barometer", formatted);
			assertFalse(after.getParseResult().hasSyntaxErrors(), name + ": parses after formatting");
			EObject model = before.getContents().get(0);
			EObject formattedModel = after.getContents().get(0);
			EcoreUtil.resolveAll(before);
			EcoreUtil.resolveAll(after);
			assertTrue(EcoreUtil.equals(model, formattedModel), name + ": the model is the same after formatting");
			assertEquals(formatted, TextEdit.applyAll(formatted, formatting.format(after)), name + ": formatting twice changes nothing more");
			assertLinesWithinWidth(name, after, Workspace.tokens(before), text, formatted);
			return true;
		} finally {
			before.unload();
			workspace.remove(before);
			if (after != null) {
				after.unload();
				workspace.remove(after);
			}
		}
	}

	/**
	 * Every line of {@code formatted} is at most the longer of {@value #LINE_LIMIT} and the
	 * longest line of {@code original} that held any of its words, indentation aside: a line the
	 * formatter indents grows by its indentation (the tokens are the same, in the same order:
	 * formatting changes whitespace only).
	 */
	private static void assertLinesWithinWidth(String name, XtextResource formattedResource, List<String> originalTokens,
			String original, String formatted) {
		List<int[]> newTokens = new ArrayList<>();
		for (ILeafNode leaf : formattedResource.getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.getText().isBlank()) {
				newTokens.add(new int[] { leaf.getOffset(), leaf.getEndOffset() });
			}
		}
		assertEquals(originalTokens.size(), newTokens.size(), name + ": the same words");
		int[] oldLineOf = new int[originalTokens.size()];
		int[] oldLastLineOf = new int[originalTokens.size()];
		int searchFrom = 0;
		for (int i = 0; i < originalTokens.size(); i++) {
			int at = original.indexOf(originalTokens.get(i), searchFrom);
			oldLineOf[i] = lineOf(original, at);
			oldLastLineOf[i] = lineOf(original, at + originalTokens.get(i).length());
			searchFrom = at + originalTokens.get(i).length();
		}
		String[] oldLines = original.split("\n", -1);
		String[] newLines = formatted.split("\n", -1);
		int[] bound = new int[newLines.length];
		java.util.Arrays.fill(bound, LINE_LIMIT);
		for (int i = 0; i < newTokens.size(); i++) {
			int oldLongest = 0;
			for (int line = oldLineOf[i]; line <= oldLastLineOf[i]; line++) {
				oldLongest = Math.max(oldLongest, oldLines[line].stripLeading().length());
			}
			for (int line = lineOf(formatted, newTokens.get(i)[0]); line <= lineOf(formatted, newTokens.get(i)[1]); line++) {
				int indentation = newLines[line].length() - newLines[line].stripLeading().length();
				bound[line] = Math.max(bound[line], oldLongest + indentation);
			}
		}
		for (int line = 0; line < newLines.length; line++) {
			String text = newLines[line];
			int number = line + 1;
			assertTrue(text.length() <= bound[line],
					() -> name + ": line " + number + " grows to " + text.length() + " characters: " + text);
		}
	}

	private static int lineOf(String text, int offset) {
		int line = 0;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	/** The text itself, each line deleted, each line repeated, and its whitespace changed three ways. */
	static Map<String, String> mutants(String text) {
		Map<String, String> mutants = new LinkedHashMap<>();
		mutants.put("as it is", text);
		List<String> lines = List.of(text.split("(?<=\n)"));
		for (int i = 0; i < lines.size(); i++) {
			mutants.put("line " + (i + 1) + " deleted", join(lines, i, 0));
			mutants.put("line " + (i + 1) + " repeated", join(lines, i, 2));
		}
		mutants.put("no indentation", text.replaceAll("(?m)^[ \\t]+", ""));
		mutants.put("spaces doubled", text.replace(" ", "  "));
		mutants.put("indented with tabs", text.replaceAll("(?m)^  ", "\t"));
		return mutants;
	}

	private static String join(List<String> lines, int index, int times) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			text.append(i == index ? lines.get(i).repeat(times) : lines.get(i));
		}
		return text.toString();
	}
}
