package org.barometer.studio.tests;

import static org.barometer.studio.tests.EditorUser.*;
import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * The editor's hovers as the generic editor shows them, with the pointer resting on the text:
 * the figures behind a score, and a marker's message. Each test has an editor of its own, so
 * its hover manager starts from rest.
 */
class HoverWorkbenchTest extends ExamplesCopyTest {

	@Test
	void onAScoreTheHoverGivesTheRunningAndTheSectionTotal() {
		ITextEditor editor = open(issue18);
		IDocument document = document(editor);
		waitUntil("the first live validation", PATIENCE, () -> live(editor).latest() != null);
		// Russia's second row
		String row = "\"Connection of the first unit of the Belarusian nuclear power plant to the national grid\"  +2";
		int score = ui(() -> document.get().indexOf(row)) + row.length() - 2;

		String shown = hover(editor, score + 1);
		assertTrue(shown.contains("Running total after row 2: +3"), shown);
		assertTrue(shown.contains("Section total: +14 (positive +17, negative -3)"), shown);
	}

	@Test
	void onAMarkedFigureTheHoverShowsTheDiagnostic() {
		ITextEditor editor = open(issue18);
		IDocument document = document(editor);
		String message = "Stated negative points -20 differs from the computed -22.";
		waitUntil("the marker in the editor", PATIENCE, () -> annotationMessages(editor).contains(message));
		String figures = "stated aggregate -14 positive +6 negative -20 total -14";
		int negative = ui(() -> document.get().indexOf(figures)) + figures.indexOf("-20");

		String shown = hover(editor, negative + 1);
		assertTrue(shown.contains(message), "the marker's message: " + shown);
		assertTrue(shown.contains("Stated -20, computed -22"), "beside the figures behind it: " + shown);
	}
}
