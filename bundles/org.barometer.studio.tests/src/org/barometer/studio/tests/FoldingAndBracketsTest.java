package org.barometer.studio.tests;

import static org.barometer.studio.tests.EditorUser.*;
import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/** Folding and bracket matching in the editor on issue 18: the projection annotations, and the matching-bracket command. */
class FoldingAndBracketsTest extends ExamplesCopyTest {

	private static final String GOTO_MATCHING_BRACKET = "org.eclipse.ui.genericeditor.gotoMatchingBracket";

	@Test
	void eachSectionAndEachMultiLineTextFoldsAndCollapsingOneHidesItsLines() throws Exception {
		ITextEditor editor = open(issue18);
		ProjectionViewer viewer = viewer(editor);
		IDocument document = document(editor);
		String text = ui(document::get);
		Set<String> sections = sectionLines(text);
		Set<String> texts = multiLineTextLines(text);
		assertEquals(6, sections.size(), "five relationships and the security section: " + sections);
		assertTrue(texts.size() >= 6, "the letter, and the forecasts and narratives written over lines: " + texts);
		Set<String> expected = new TreeSet<>(sections);
		expected.addAll(texts);

		waitUntil("a fold for each section and each multi-line text, and no other: " + expected, PATIENCE,
				() -> folds(viewer, document).keySet().equals(expected));

		// the U.S. section: its heading stays, the rest of its lines go
		String us = sections.stream().filter(lines -> lines.startsWith(lineOf(text, "relationship US {") + "-")).findFirst()
				.orElseThrow();
		int first = Integer.parseInt(us.split("-")[0]);
		int last = Integer.parseInt(us.split("-")[1]);
		int widgetLines = ui(() -> viewer.getTextWidget().getLineCount());
		run(() -> viewer.getProjectionAnnotationModel().collapse(folds(viewer, document).get(us)));
		waitUntil("the section's lines to be hidden", PATIENCE, () -> viewer.getTextWidget().getLineCount() == widgetLines - (last - first));
		assertTrue(ui(() -> viewer.modelLine2WidgetLine(first)) >= 0, "the heading stays visible");
		for (int line = first + 1; line <= last; line++) {
			int hidden = line;
			assertEquals(-1, (int) ui(() -> viewer.modelLine2WidgetLine(hidden)), "line " + (line + 1) + " is folded away");
		}
		assertTrue(ui(() -> viewer.modelLine2WidgetLine(last + 1)) >= 0, "the next section shows");
		assertEquals(text, ui(document::get), "folding hides, it does not change the text");

		run(() -> viewer.getProjectionAnnotationModel().expand(folds(viewer, document).get(us)));
		waitUntil("the section's lines to show again", PATIENCE, () -> viewer.getTextWidget().getLineCount() == widgetLines);

		// the letter, a text written over many lines
		String letter = texts.stream().filter(lines -> lines.startsWith(lineOf(text, "letter \"\"\"") + "-")).findFirst().orElseThrow();
		int letterLines = Integer.parseInt(letter.split("-")[1]) - Integer.parseInt(letter.split("-")[0]);
		run(() -> viewer.getProjectionAnnotationModel().collapse(folds(viewer, document).get(letter)));
		waitUntil("the letter's lines to be hidden", PATIENCE, () -> viewer.getTextWidget().getLineCount() == widgetLines - letterLines);
	}

	@Test
	void theMatchingBracketCommandFindsTheSectionsPartnerBraceAndIgnoresBracesInCommentsAndTexts() throws Exception {
		ITextEditor editor = open(issue18);
		IDocument document = document(editor);
		// a brace in a comment and one in a narrative text, as an analyst may write them, inside the U.S. section
		String heading = "relationship US {\n";
		int inside = ui(() -> document.get().indexOf(heading)) + heading.length();
		run(() -> document.replace(inside, 0, "  // the old table closed here: }\n"));
		String narrative = "\"\"\"During the monitored period,";
		int narrativeStart = ui(() -> document.get().indexOf(narrative, inside));
		run(() -> document.replace(narrativeStart + 3, 0, "{"));
		String text = ui(document::get);
		int open = text.indexOf(heading) + heading.length() - 2;
		int close = text.indexOf("\n}\n", open) + 1;
		assertEquals('{', text.charAt(open));
		assertEquals('}', text.charAt(close));

		activate(editor);
		assertEquals(GOTO_MATCHING_BRACKET, commandBoundTo("CTRL+SHIFT+P"), "Ctrl+Shift+P goes to the matching bracket");
		run(() -> editor.selectAndReveal(open + 1, 0)); // the caret after "{"
		execute(GOTO_MATCHING_BRACKET);
		int atClose = caret(editor);
		assertTrue(atClose == close || atClose == close + 1,
				"from after the section's '{' to its '}' at " + close + ", skipping the nested blocks, the comment and the text: "
						+ context(text, atClose));

		run(() -> editor.selectAndReveal(close + 1, 0)); // the caret after "}"
		execute(GOTO_MATCHING_BRACKET);
		int atOpen = caret(editor);
		assertTrue(atOpen == open || atOpen == open + 1, "and back to the '{' at " + open + ": " + context(text, atOpen));
	}

	/** The projection annotations by the lines they cover, "first-last" (0-based). */
	private static Map<String, ProjectionAnnotation> folds(ProjectionViewer viewer, IDocument document) {
		Map<String, ProjectionAnnotation> folds = new java.util.TreeMap<>();
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		if (model == null) {
			return folds;
		}
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			Position position = model.getPosition(annotation);
			if (annotation instanceof ProjectionAnnotation fold && position != null && !position.isDeleted()) {
				try {
					int end = position.getOffset() + position.getLength();
					folds.put(document.getLineOfOffset(position.getOffset()) + "-" + document.getLineOfOffset(end - 1), fold);
				} catch (BadLocationException e) {
					throw new AssertionError(e);
				}
			}
		});
		return folds;
	}

	/** Each section, from its heading line to the line of its closing brace at the start of a line. */
	private static Set<String> sectionLines(String text) {
		Set<String> lines = new TreeSet<>();
		Matcher heading = Pattern.compile("(?m)^(relationship \\S+.*|security )\\{$").matcher(text);
		while (heading.find()) {
			int close = text.indexOf("\n}", heading.start()) + 1;
			lines.add(lineOf(text, heading.start()) + "-" + lineOf(text, close));
		}
		return lines;
	}

	/** Each """ text that spans lines, from the line it opens on to the line it closes on. */
	private static Set<String> multiLineTextLines(String text) {
		Set<String> lines = new TreeSet<>();
		Matcher block = Pattern.compile("(?s)\"\"\".*?\"\"\"").matcher(text);
		while (block.find()) {
			if (block.group().contains("\n")) {
				lines.add(lineOf(text, block.start()) + "-" + lineOf(text, block.end() - 1));
			}
		}
		return lines;
	}

	private static int lineOf(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
	}

	private static int lineOf(String text, String lineStart) {
		return lineOf(text, text.indexOf("\n" + lineStart) + 1);
	}

	private static String context(String text, int offset) {
		return "caret at " + offset + ": …" + text.substring(Math.max(0, offset - 30), offset).replace("\n", "⏎") + "‸"
				+ text.substring(offset, Math.min(text.length(), offset + 30)).replace("\n", "⏎") + "…";
	}
}
