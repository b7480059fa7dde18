package org.barometer.studio.tests;

import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import java.util.function.Consumer;

import org.barometer.studio.FolderOpener;
import org.barometer.workspace.summary.PublicationSummaries;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * `./barometer studio DIR` at start: the publication's first check (the build) and the language's
 * preparation begin once its latest issue is on screen, not beside the editor being drawn, and the
 * studio builds automatically afterwards as always.
 */
class StartupBuildTest {

	private final List<Boolean> editorShownAtBuild = new CopyOnWriteArrayList<>();
	private volatile boolean latestIssueShown;
	private volatile boolean latestIssueDrawn;
	private volatile Path folder;
	private final Consumer<IProject> builds = project -> {
		if (folder != null && project.getLocation() != null && project.getLocation().toPath().equals(folder)) {
			editorShownAtBuild.add(latestIssueShown);
		}
	};

	@AfterEach
	void cleanUp() {
		PublicationSummaries.removeListener(builds);
		System.clearProperty(FolderOpener.PROPERTY);
		closeAll();
	}

	@Test
	void thePublicationsFirstCheckBeginsOnceItsLatestIssueIsOnScreen() throws Exception {
		folder = examplesFolderCopy("barometer-start");
		waitForBuild(); // nothing else is building
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		PublicationSummaries.addListener(builds);
		System.setProperty(FolderOpener.PROPERTY, folder.toString());

		List<Boolean> drawnWhenLanguageStarts = new CopyOnWriteArrayList<>();
		Listener drawing = event -> {
			IEditorPart front = EditorUser.page().getActiveEditor();
			latestIssueDrawn |= front != null && ISSUE_18.equals(front.getEditorInput().getName())
					&& event.widget == front.getAdapter(Control.class);
		};
		run(() -> display().addFilter(SWT.Paint, drawing));

		// as the window advisor does at start, then the UI thread's queue runs: the issues paint
		run(() -> {
			FolderOpener.openRequestedFolder(PlatformUI.getWorkbench().getActiveWorkbenchWindow(),
					() -> drawnWhenLanguageStarts.add(latestIssueDrawn));
			while (display().readAndDispatch()) {
				IEditorPart front = EditorUser.page().getActiveEditor();
				latestIssueShown |= front != null && ISSUE_18.equals(front.getEditorInput().getName());
			}
		});
		waitUntil("the publication's first check", Duration.ofSeconds(30), () -> !editorShownAtBuild.isEmpty());
		waitForBuild();
		run(() -> display().removeFilter(SWT.Paint, drawing));

		assertTrue(latestIssueShown, "issue 18 was opened in front");
		assertEquals(List.of(true), drawnWhenLanguageStarts, "the language was made ready once, after issue 18 was drawn");
		assertEquals(List.of(true), editorShownAtBuild.subList(0, 1),
				"the publication was checked after issue 18 was on screen, not while it was being drawn");
		assertTrue(workspace.getDescription().isAutoBuilding(), "the studio builds automatically again");
	}
}
