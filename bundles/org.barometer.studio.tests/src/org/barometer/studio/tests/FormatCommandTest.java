package org.barometer.studio.tests;

import static org.barometer.studio.tests.EditorUser.*;
import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/** Formatting through the command Ctrl+Shift+F runs, in the editor on issue 18. */
class FormatCommandTest extends ExamplesCopyTest {

	private static final String FORMAT = "org.barometer.editor.format";

	@Test
	void ctrlShiftFAlignsAMisalignedRowDirtiesTheEditorAndIsUndoneInOneStep() throws Exception {
		ITextEditor editor = open(issue18);
		IDocument document = document(editor);
		// one row of Russia's catalogue typed carelessly, then saved
		String row = "    3 November  \"Connection of the first unit of the Belarusian nuclear power plant to the national grid\"  +2";
		String careless = "    3 November \"Connection of the first unit of the Belarusian nuclear power plant to the national grid\"      +2";
		int at = ui(() -> document.get().indexOf(row));
		assertTrue(at > 0);
		run(() -> document.replace(at, row.length(), careless));
		run(() -> editor.doSave(null));
		assertFalse(ui(editor::isDirty));
		waitUntil("the live model of the saved text", PATIENCE, () -> live(editor).latest() != null
				&& live(editor).latest().text().equals(document.get()));
		String before = ui(document::get);
		assertNotEquals(1, columns(russiasRows(before)).size(), "the catalogue is not aligned yet: " + columns(russiasRows(before)));

		activate(editor);
		String ctrlShiftF = commandBoundTo("CTRL+SHIFT+F");
		assertEquals(FORMAT, ctrlShiftF, "Ctrl+Shift+F formats a Barometer issue");
		execute(ctrlShiftF);

		String after = ui(document::get);
		List<String> rows = russiasRows(after);
		assertEquals(18, rows.size(), rows.toString());
		assertEquals(1, rows.stream().map(r -> r.indexOf('"')).distinct().count(), "every description starts in the same column: " + rows);
		// scores line up in one column, but for a description too long for it: its score follows it after one space
		assertEquals(1, rows.stream().filter(r -> scoreColumn(r) != r.lastIndexOf('"') + 2).map(FormatCommandTest::scoreColumn)
				.distinct().count(), "the scores of the rows that fit start in one column: " + rows);
		String aligned = rows.stream().filter(r -> r.contains("Connection of the first unit")).findFirst().orElseThrow();
		assertTrue(aligned.startsWith("    3 November        \"Connection"), "the careless row is padded like the others: " + aligned);
		assertTrue(ui(editor::isDirty), "formatting is an unsaved change");

		execute(IWorkbenchCommandConstants.EDIT_UNDO);
		assertEquals(before, ui(document::get), "one undo takes the whole formatting back");
	}

	/** The rows of Russia's catalogue: the lines between its "events" and the section's closing brace. */
	private static List<String> russiasRows(String text) {
		int section = text.indexOf("\nrelationship Russia");
		int events = text.indexOf("\n  events\n", section) + "\n  events\n".length();
		int end = text.indexOf("\n}", events);
		return Arrays.asList(text.substring(events, end).split("\n"));
	}

	private static int scoreColumn(String row) {
		int score = row.lastIndexOf('"') + 1;
		while (score < row.length() && row.charAt(score) == ' ') {
			score++;
		}
		return score;
	}

	/** The distinct (description column, score column) pairs of the rows. */
	private static Set<String> columns(List<String> rows) {
		return rows.stream().map(row -> {
			int description = row.indexOf('"');
			int closing = row.lastIndexOf('"');
			int score = closing + 1;
			while (score < row.length() && row.charAt(score) == ' ') {
				score++;
			}
			return description + "/" + score;
		}).collect(Collectors.toSet());
	}
}
