package org.barometer.studio.tests;

import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.barometer.editor.live.LiveDocuments;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An issue opened in an editor is shown first and checked after: its first parse and validation
 * wait until its text has been drawn, so that they never compete with the drawing for the
 * machine's two cores.
 */
class FirstCheckTest {

	@AfterEach
	void close() {
		closeAll();
	}

	@Test
	void anEditorsFirstCheckBeginsOnceItsTextIsOnScreen() throws Exception {
		IProject project = openExamplesCopy();
		IFile issue = project.getFile(ISSUE_18);
		AtomicBoolean drawn = new AtomicBoolean();
		List<Boolean> drawnAtCheck = new CopyOnWriteArrayList<>();

		run(() -> {
			ITextEditor editor = (ITextEditor) IDE.openEditor(
					PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), issue, true);
			editor.getAdapter(Control.class).addPaintListener(event -> drawn.set(true));
			LiveDocuments.of(editor.getDocumentProvider().getDocument(editor.getEditorInput()))
					.addListener(snapshot -> drawnAtCheck.add(drawn.get()));
			// the UI thread stays busy (as while a window is being built): nothing can be drawn yet,
			// for longer than the pause after which a check would otherwise begin
			Thread.sleep(1_200);
		});
		waitUntil("the issue's first check", Duration.ofSeconds(30), () -> !drawnAtCheck.isEmpty());

		assertEquals(List.of(true), drawnAtCheck.subList(0, 1), "issue 18 was checked once its text had been drawn");
	}
}
