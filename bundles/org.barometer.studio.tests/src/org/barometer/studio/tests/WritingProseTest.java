package org.barometer.studio.tests;

import static org.barometer.studio.tests.EditorUser.*;
import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.barometer.editor.preferences.EditorPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writing prose and rows in the editor as an analyst does, keys sent to the text widget: soft
 * wrap, content assist that opens only where a row starts, the row template in linked mode,
 * keywords coloured only where they are keywords.
 */
class WritingProseTest extends ExamplesCopyTest {

	private static final String HEAD = "issue 99 of MinskBarometer\nperiod November-December 2020\nrelationship Russia {\n  events\n";

	private IFile scratch;
	private Rectangle windowBefore;

	@BeforeEach
	void rememberTheWindow() {
		windowBefore = ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getBounds());
	}

	@AfterEach
	void removeScratch() throws Exception {
		run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(windowBefore));
		closeAll();
		if (scratch != null && scratch.exists()) {
			scratch.delete(true, null);
		}
		run(() -> EditorPreferences.softWrapStore().setToDefault(EditorPreferences.SOFT_WRAP));
	}

	@Test
	void longLinesWrapAtTheWindowsEdgeWithTheWrappedPartIndented() {
		ITextEditor editor = open(issue18);
		StyledText text = ui(() -> viewer(editor).getTextWidget());
		assertTrue(ui(text::getWordWrap), "soft wrap is on by default");
		assertTrue(ui(text::getWrapIndent) > 0, "the wrapped part of a line is indented");
		String sentence = "We are glad to present the eighteenth issue";
		int offset = ui(() -> document(editor).get().indexOf(sentence));
		int line = ui(() -> document(editor).getLineOfOffset(offset));
		int lineEnd = ui(() -> document(editor).getLineOffset(line) + document(editor).getLineLength(line) - 1);
		int[] ys = ui(() -> new int[] { text.getLocationAtOffset(widget(editor, offset)).y, text.getLocationAtOffset(widget(editor, lineEnd)).y });
		assertTrue(ys[1] > ys[0], "the letter's first paragraph takes more than one visual line");

		run(() -> {
			text.getShell().setBounds(0, 0, 1366, 768);
			editor.selectAndReveal(offset, 0);
		});
		sleep(500);
		screenshot("wrapped-letter");
	}

	@Test
	void aPreferenceTurnsSoftWrapOff() {
		run(() -> EditorPreferences.softWrapStore().setValue(EditorPreferences.SOFT_WRAP, false));
		ITextEditor editor = open(issue18);
		assertFalse(ui(() -> viewer(editor).getTextWidget().getWordWrap()), "a new editor follows the preference");
	}

	@Test
	void typingAScoreOrACommentOpensNoPopupTypingARowsFirstCharacterDoes() throws Exception {
		ITextEditor editor = scratchEditor("    5 November \"Meeting\" \n");
		int afterDescription = HEAD.length() + "    5 November \"Meeting\" ".length();
		type(editor, afterDescription, "+1");
		assertNoPopup("while a score is typed");
		type(editor, caret(editor), " // as reported");
		assertNoPopup("after a score, in a comment");

		int rowStart = ui(() -> document(editor).get().indexOf("\n}")) + 1;
		run(() -> document(editor).replace(rowStart, 0, "\n"));
		type(editor, rowStart, "    ");
		assertNoPopup("while the row is indented");
		type(editor, caret(editor), "5");
		Table popup = proposalPopup();
		List<String> shown = ui(() -> labels(popup));
		assertTrue(shown.stream().anyMatch(label -> label.startsWith("5 November")), shown.toString());
		run(() -> popup.getShell().close());
	}

	@Test
	void atTheStartOfARowCtrlSpaceProposesDatesAndTemplatesOnly() throws Exception {
		ITextEditor editor = scratchEditor("    \n");
		int rowStart = HEAD.length() + 4;
		run(() -> {
			editor.selectAndReveal(rowStart, 0);
			execute("org.eclipse.ui.edit.text.contentAssist.proposals");
		});
		Table popup = proposalPopup();
		List<String> shown = ui(() -> labels(popup)).stream().map(label -> label.split(" — ")[0]).toList();
		assertTrue(shown.containsAll(List.of("New event", "November", "December", "Early November", "Mid-December", "November-December")),
				shown.toString());
		for (String noise : List.of("1", "1-2", "-", "source", "}", "+1", "-1")) {
			assertFalse(shown.contains(noise), noise + " in " + shown);
		}
		run(() -> popup.getShell().close());
	}

	@Test
	void theRowTemplateRunsInLinkedModeTabMovesDateDescriptionScoreEnd() throws Exception {
		ITextEditor editor = scratchEditor("    \n");
		IDocument document = document(editor);
		int rowStart = HEAD.length() + 4;
		run(() -> {
			text(editor).getShell().setBounds(0, 0, 1366, 768);
			editor.selectAndReveal(rowStart, 0);
			execute("org.eclipse.ui.edit.text.contentAssist.proposals");
		});
		Table popup = proposalPopup();
		int template = ui(() -> labels(popup).stream().map(label -> label.startsWith("New event")).toList().indexOf(true));
		assertTrue(template >= 0, ui(() -> labels(popup)).toString());
		run(() -> choose(popup, template));

		String row = "1 November \"Event\" ?";
		waitUntil("the row inserted", PATIENCE, () -> ui(document::get).contains("    " + row + "\n}"));
		assertEquals("1 November", selected(editor), "the date is selected first");
		waitUntil("the score missing marker", PATIENCE,
				() -> annotationMessages(editor).contains("Score missing: replace ? by the event's score, such as +1, 0 or -1."));
		sleep(300);
		screenshot("template-linked-mode");
		key(editor, '\t');
		assertEquals("Event", selected(editor), "Tab moves to the description");
		typeKeys(editor, "Visit of the Prime Minister");
		key(editor, '\t');
		assertEquals("?", selected(editor), "Tab moves to the score");
		typeKeys(editor, "+2");
		key(editor, '\t');
		String typed = "    1 November \"Visit of the Prime Minister\" +2";
		assertEquals(ui(document::get).indexOf(typed) + typed.length(), caret(editor), "Tab leaves the row at its end");
		assertEquals("", selected(editor));
		waitUntil("the score counted and the marker gone", PATIENCE,
				() -> annotationMessages(editor).stream().noneMatch(message -> message.startsWith("Score missing")));
	}

	@Test
	void keywordsInTheLettersProseAreNeitherColouredNorMarked() {
		ITextEditor editor = open(issue18);
		IDocument document = document(editor);
		int issueInLetter = ui(() -> document.get().indexOf("the eighteenth issue")) + "the eighteenth ".length();
		run(() -> editor.selectAndReveal(1, 0));
		arrowRight(editor); // the caret on the keyword "issue" of the first line, moved there by a key
		sleep(1500);
		StyledText text = text(editor);
		StyleRange keyword = ui(() -> text.getStyleRangeAtOffset(widget(editor, 0)));
		StyleRange inLetter = ui(() -> text.getStyleRangeAtOffset(widget(editor, issueInLetter)));
		assertNotEquals(keyword == null ? null : keyword.foreground, inLetter == null ? null : inLetter.foreground,
				"the letter's 'issue' is not coloured as the keyword");
		assertFalse(inLetter != null && (inLetter.fontStyle & SWT.BOLD) != 0, "nor bold as a keyword");
		assertEquals(List.of(), marked(editor, issueInLetter), "nor marked as an occurrence of the keyword");
	}

	@Test
	void aKeywordInAStringOverTwoLinesOrAfterAWebAddressIsNotColoured() throws Exception {
		scratch = project.getFile("scratch.barometer");
		String content = HEAD.replace("  events\n", "  forecast \"The next\nissue will tell\"\n  events\n")
				+ "    1 November \"Talks\" +1 source \"https://example.org/issue\"\n}\n";
		scratch.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true, null);
		ITextEditor editor = open(scratch);
		sleep(500);
		StyledText text = text(editor);
		StyleRange keyword = ui(() -> text.getStyleRangeAtOffset(widget(editor, 0)));
		for (int offset : List.of(content.indexOf("issue will"), content.indexOf("issue\"\n}"))) {
			StyleRange style = ui(() -> text.getStyleRangeAtOffset(widget(editor, offset)));
			assertNotEquals(keyword.foreground, style == null ? null : style.foreground, "'issue' at " + offset + " in a string");
		}
		StyleRange afterAddress = ui(() -> text.getStyleRangeAtOffset(widget(editor, content.indexOf("\"\n}"))));
		StyleRange string = ui(() -> text.getStyleRangeAtOffset(widget(editor, content.indexOf("Talks"))));
		assertEquals(string.foreground, afterAddress.foreground, "the address is a string to its end, not a comment from its //");
	}

	// ------------------------------------------------------------------ the user's hands

	private ITextEditor scratchEditor(String rows) throws Exception {
		scratch = project.getFile("scratch.barometer");
		scratch.create(new ByteArrayInputStream((HEAD + rows + "}\n").getBytes(StandardCharsets.UTF_8)), true, null);
		ITextEditor editor = open(scratch);
		activate(editor);
		return editor;
	}

	private static StyledText text(ITextEditor editor) {
		return ui(() -> viewer(editor).getTextWidget());
	}

	private static int widget(ITextEditor editor, int modelOffset) {
		return ((ITextViewerExtension5) viewer(editor)).modelOffset2WidgetOffset(modelOffset);
	}

	/** Puts the caret at the offset and types the characters one by one, as keys. */
	private static void type(ITextEditor editor, int offset, String characters) {
		run(() -> editor.selectAndReveal(offset, 0));
		typeKeys(editor, characters);
	}

	private static void typeKeys(ITextEditor editor, String characters) {
		for (char c : characters.toCharArray()) {
			key(editor, c);
		}
	}

	/** A key press and release on the focused text, with the pause between keys of a quick typist. */
	private static void key(ITextEditor editor, char c) {
		StyledText text = text(editor);
		run(() -> {
			text.setFocus();
			Event down = new Event();
			down.character = c;
			down.keyCode = c;
			text.notifyListeners(SWT.KeyDown, down);
			Event up = new Event();
			up.character = c;
			up.keyCode = c;
			text.notifyListeners(SWT.KeyUp, up);
		});
		sleep(80);
	}

	private static void arrowRight(ITextEditor editor) {
		StyledText text = text(editor);
		run(() -> {
			text.setFocus();
			Event down = new Event();
			down.keyCode = SWT.ARROW_RIGHT;
			text.notifyListeners(SWT.KeyDown, down);
		});
	}

	private static void assertNoPopup(String when) {
		sleep(700); // beyond the generic editor's auto-activation delay and a proposal computation
		List<String> open = ui(() -> {
			List<String> tables = new ArrayList<>();
			for (Shell shell : display().getShells()) {
				if (shell.isVisible() && shell.getChildren().length > 0 && shell.getChildren()[0] instanceof Table table) {
					tables.add(labels(table).toString());
					shell.close();
				}
			}
			return tables;
		});
		assertEquals(List.of(), open, "a content assist popup opened by itself " + when);
	}

	private static String selected(ITextEditor editor) {
		return ui(() -> {
			Point range = viewer(editor).getSelectedRange();
			return document(editor).get(range.x, range.y);
		});
	}

	/** The occurrence marks the editor shows over the offset. */
	private static List<String> marked(ITextEditor editor, int offset) {
		return ui(() -> {
			IAnnotationModel model = viewer(editor).getAnnotationModel();
			List<String> types = new ArrayList<>();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				Position position = model.getPosition(annotation);
				if (annotation.getType().startsWith("org.eclipse.ui.genericeditor") && position != null && position.includes(offset)) {
					types.add(annotation.getType());
				}
			}
			return types;
		});
	}
}
