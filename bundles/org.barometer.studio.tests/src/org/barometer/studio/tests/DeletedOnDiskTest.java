package org.barometer.studio.tests;

import static org.barometer.studio.tests.EditorUser.*;
import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/** An issue deleted on disk while the analyst has unsaved changes in its editor: nothing of theirs is lost. */
class DeletedOnDiskTest extends ExamplesCopyTest {

	@Test
	void theUnsavedTextStaysDirtyInTheEditorAndSavingWritesItBack() throws Exception {
		ITextEditor editor = open(issue18);
		IDocument document = document(editor);
		run(() -> document.replace(0, 0, "// my unsaved note\n"));
		String typed = ui(document::get);
		assertTrue(ui(editor::isDirty));

		// deleted by another program; the workspace learns of it as its refresh does
		Path onDisk = issue18.getLocation().toPath();
		Files.delete(onDisk);
		issue18.refreshLocal(IResource.DEPTH_ZERO, null);
		assertFalse(issue18.exists());
		waitForBuild();
		sleep(500); // what the editor would do about it, it does on the UI thread, now

		assertTrue(ui(() -> Arrays.stream(page().getEditorReferences()).map(reference -> reference.getEditor(false))
				.anyMatch(open -> open == editor)), "the editor is still open");
		assertEquals(typed, ui(document::get), "with the user's text");
		assertTrue(ui(editor::isDirty), "still unsaved, so that closing it would ask");

		// Ctrl+S: the editor asks where to save, the file's own place proposed
		display().asyncExec(() -> editor.doSave(null));
		Shell saveAs = Widgets.waitForShell("Save As");
		run(() -> Widgets.click(saveAs.getDefaultButton(), null));
		waitUntil("the Save As dialog to close", PATIENCE, saveAs::isDisposed);

		waitUntil("the file back on disk", PATIENCE, () -> Files.exists(onDisk));
		assertEquals(typed, Files.readString(onDisk, StandardCharsets.UTF_8), "everything the user typed is saved");
		assertFalse(ui(editor::isDirty), "and the editor knows it is saved");
		assertTrue(issue18.exists());
	}
}
