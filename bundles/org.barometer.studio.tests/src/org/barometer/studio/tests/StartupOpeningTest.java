package org.barometer.studio.tests;

import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

import org.barometer.editor.live.LiveValidationReconciler;
import org.barometer.editor.preferences.EditorPreferences;
import org.barometer.studio.FolderOpener;
import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What `./barometer studio DIR` opens: the issues in number order, the latest in front and
 * created, the older ones as tabs created only when shown; and the issue numbers read for it.
 */
class StartupOpeningTest {

	private static IProject project;

	@BeforeAll
	static void openExamples() throws Exception {
		project = openExamplesCopy();
	}

	@AfterEach
	void closeEditors() {
		closeAll();
	}

	@Test
	void theLatestIssueOpensInFrontAndTheOlderOnesWaitAsTabs() throws Exception {
		IEditorReference[] opened = ui(() -> FolderOpener.openIssues(page(), project));

		assertEquals(2, opened.length, "both issues, not the profile");
		assertEquals(ui(() -> IDE.getEditorDescriptor(project.getFile(ISSUE_18), true, false).getId()), opened[1].getId(),
				"the start opens issues in the editor the studio declares for them");
		assertEquals("issue-17-sep-oct-2020.barometer", opened[0].getEditorInput().getName());
		assertEquals(ISSUE_18, opened[1].getEditorInput().getName());
		IEditorPart front = ui(() -> page().getActiveEditor());
		assertSame(opened[1].getEditor(false), front, "issue 18 is the active editor");
		assertTrue(document((ITextEditor) front).get().startsWith("issue 18"));
		assertNull(opened[0].getEditor(false), "issue 17 is not created before its tab is shown");

		ITextEditor older = ui(() -> (ITextEditor) opened[0].getEditor(true));
		assertNotNull(older);
		assertTrue(document(older).get().startsWith("issue 17"), "the tab opens issue 17 when shown");
	}

	@Test
	void anIssueWaitingAsATabShowsTheIssueFileIcon() {
		IEditorReference[] opened = ui(() -> FolderOpener.openIssues(page(), project));
		assertNull(opened[0].getEditor(false), "issue 17 waits as a tab");

		ImageData shown = ui(() -> opened[0].getTitleImage().getImageData());
		ImageData fileIcon = ImageDescriptor.createFromURL(Platform.getBundle("org.barometer.editor").getEntry("icons/barometer-file.png"))
				.getImageData(100);
		int alike = ImagesAlike.percentAlike(fileIcon, shown);
		assertTrue(alike >= 95, "issue 17's tab shows the issue file's icon, not the generic editor's: " + alike + "% alike");
	}

	@Test
	void openingAgainReusesTheOpenEditors() {
		IEditorReference[] first = ui(() -> FolderOpener.openIssues(page(), project));
		IEditorPart front = first[1].getEditor(false);
		ui(() -> FolderOpener.openIssues(page(), project));

		assertEquals(2, ui(() -> page().getEditorReferences().length), "no second editor on an issue");
		assertSame(front, ui(() -> page().getActiveEditor()));
	}

	@Test
	void anIssueNumberIsReadFromTheHeaderWithoutParsing() throws Exception {
		assertEquals(OptionalInt.of(18), ProjectResources.issueNumber(project.getFile(ISSUE_18)));
		assertEquals(OptionalInt.empty(), ProjectResources.issueNumber(project.getFile("minsk-barometer.barometer")));
		assertEquals(OptionalInt.of(7), ProjectResources.issueNumber(file("commented.barometer", "// draft\n\nissue 7 of X\n")));
		assertEquals(OptionalInt.empty(), ProjectResources.issueNumber(file("half-typed.barometer", "issue \n")));
		assertEquals(OptionalInt.empty(), ProjectResources.issueNumber(file("not-a-number.barometer", "issue seven of X\n")));
		// as an editor holds it, unsaved changes included
		assertEquals(OptionalInt.of(19), ProjectResources.issueNumber("// draft\n\n  issue 19 of X\nperiod ..."));
		assertEquals(OptionalInt.empty(), ProjectResources.issueNumber("profile X\n"));
		assertEquals(OptionalInt.empty(), ProjectResources.issueNumber(""));
	}

	@Test
	void theReconcileDelayFollowsThePreferenceInOpenEditors() {
		IPreferenceStore store = EditorPreferences.store();
		int before = store.getInt(EditorPreferences.RECONCILE_DELAY);
		LiveValidationReconciler reconciler = new LiveValidationReconciler();
		Shell shell = ui(() -> new Shell(PlatformUI.getWorkbench().getDisplay()));
		try {
			run(() -> reconciler.install(new TextViewer(shell, SWT.NONE)));
			assertEquals(before, reconciler.delay());

			store.setValue(EditorPreferences.RECONCILE_DELAY, before + 450);
			assertEquals(before + 450, reconciler.delay(), "an installed reconciler takes the new delay");

			run(reconciler::uninstall);
			store.setValue(EditorPreferences.RECONCILE_DELAY, before + 900);
			assertEquals(before + 450, reconciler.delay(), "an uninstalled one no longer listens");
		} finally {
			store.setValue(EditorPreferences.RECONCILE_DELAY, before);
			run(shell::dispose);
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** A file in a folder of its own, out of the way of the issues at the project's top. */
	private static IFile file(String name, String text) throws Exception {
		IFolder scratch = project.getFolder("scratch");
		if (!scratch.exists()) {
			scratch.create(true, true, null);
		}
		IFile file = scratch.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}
}
