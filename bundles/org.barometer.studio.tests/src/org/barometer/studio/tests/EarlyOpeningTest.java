package org.barometer.studio.tests;

import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Duration;

import org.barometer.studio.EarlyOpening;
import org.barometer.studio.FolderOpener;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * `./barometer studio DIR` at start: the folder becomes a project and its latest issue's text is
 * read on another thread before the window asks for them; the issue's editor then shows that very
 * text, and the start keeps no hold on it once the editor is closed.
 */
class EarlyOpeningTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);
	private final ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();

	@AfterEach
	void cleanUp() {
		System.clearProperty(FolderOpener.PROPERTY);
		closeAll();
	}

	@Test
	void theLatestIssueIsReadBeforeTheWindowAsksAndLetGoOfWithItsEditor() throws Exception {
		Path folder = examplesFolderCopy("barometer-early");
		System.setProperty(FolderOpener.PROPERTY, folder.toString());

		EarlyOpening.begin(); // as the application does, before the display
		IProject project = projectAt(folder);
		IPath latest = project.getFile(ISSUE_18).getFullPath();
		waitUntil("issue 18's text read before the window asks for it", PATIENCE,
				() -> buffers.getTextFileBuffer(latest, LocationKind.IFILE) != null);
		ITextFileBuffer read = buffers.getTextFileBuffer(latest, LocationKind.IFILE);

		run(() -> {
			FolderOpener.openRequestedFolder(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), () -> {
			});
			while (display().readAndDispatch()) {
				// the window's queue, as after its creation
			}
		});
		IEditorPart front = ui(() -> EditorUser.page().getActiveEditor());
		assertEquals(ISSUE_18, ui(() -> front.getEditorInput().getName()), "issue 18 in front");
		ITextEditor editor = (ITextEditor) front;
		assertSame(read.getDocument(), ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput())),
				"the editor shows the text read early, not a second copy");

		closeAll();
		assertNull(buffers.getTextFileBuffer(latest, LocationKind.IFILE), "no hold on the text is left once its editor is closed");
		waitUntil("the studio to build automatically again", PATIENCE, () -> ResourcesPlugin.getWorkspace().getDescription().isAutoBuilding());
	}

	/** The project whose location is the folder, once the opening has made it. */
	private static IProject projectAt(Path folder) {
		IProject[] found = new IProject[1];
		waitUntil("the folder's project", PATIENCE, () -> {
			for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
				if (project.getLocation() != null && project.getLocation().toPath().equals(folder)) {
					found[0] = project;
					return true;
				}
			}
			return false;
		});
		return found[0];
	}
}
