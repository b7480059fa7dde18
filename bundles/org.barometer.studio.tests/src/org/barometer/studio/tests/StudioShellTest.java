package org.barometer.studio.tests;

import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.barometer.studio.EditorialPerspective;
import org.barometer.studio.guide.GuideView;
import org.barometer.studio.issues.IssuesView;
import org.barometer.workspace.ProblemMarkers;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/**
 * The product around the editor: the Editorial perspective by default with its views, the About
 * dialog, the guide under Help, and the builder's markers on both example issues.
 */
class StudioShellTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Test
	void theEditorialPerspectiveIsTheDefaultAndHoldsItsViews() {
		assertEquals(EditorialPerspective.ID,
				ui(() -> PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective()));
		run(() -> {
			IWorkbenchPage page = page();
			page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(EditorialPerspective.ID));
			page.resetPerspective();
		});
		assertEquals(EditorialPerspective.ID, ui(() -> page().getPerspective().getId()));
		for (String view : List.of(IssuesView.ID, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROBLEM_VIEW)) {
			assertNotNull(ui(() -> page().findViewReference(view)), view + " is in the perspective");
		}
	}

	@Test
	void theAboutDialogNamesTheStudio() {
		assertEquals("Barometer Studio", Platform.getProduct().getName());
		assertTrue(Platform.getProduct().getProperty("aboutText").contains("scored-event monitoring"));

		// modal: opened from an async runnable, looked at and closed from here
		display().asyncExec(() -> execute("org.eclipse.ui.help.aboutAction"));
		waitUntil("the About dialog", PATIENCE, () -> aboutShell() != null);
		try {
			String shown = ui(() -> texts(aboutShell()));
			assertTrue(shown.contains("An editorial IDE for scored-event monitoring publications"), shown);
		} finally {
			run(() -> aboutShell().close());
		}
	}

	@Test
	void helpOpensTheGuideToWritingAnIssue() throws Exception {
		String shipped;
		try (InputStream in = Platform.getBundle("org.barometer.studio").getEntry("help/writing-an-issue.txt").openStream()) {
			shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertTrue(shipped.contains("issue"), "the guide ships with the studio");

		run(() -> execute("org.barometer.studio.showGuide"));
		IViewPart guide = ui(() -> page().findView(GuideView.ID));
		assertNotNull(guide, "Help > Writing an Issue opens the guide");
		try {
			String shown = ui(() -> texts(guide.getSite().getShell()));
			assertTrue(shown.contains(shipped), "the whole guide is shown");
		} finally {
			run(() -> page().hideView(guide));
		}
	}

	@Test
	void theBuilderMarksIssue17sPublishedInconsistenciesToo() throws Exception {
		IProject project = openExamplesCopy();
		String issue17 = "issue-17-sep-oct-2020.barometer";
		assertEquals(publishedProblems(issue17), markedProblems(project.getFile(issue17)));

		IMarker[] scoring = project.getFile(issue17).findMarkers(ProblemMarkers.SCORING_TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, scoring.length, "Russia's exercises, scored differently in issue 18");
		assertEquals(IMarker.SEVERITY_INFO, scoring[0].getAttribute(IMarker.SEVERITY, -1));
		assertTrue(scoring[0].getAttribute(IMarker.MESSAGE, "").contains("issue 18"));
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void execute(String commandId) {
		try {
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (Exception e) {
			throw new AssertionError("Cannot run " + commandId, e);
		}
	}

	private static Shell aboutShell() {
		return ui(() -> Arrays.stream(display().getShells())
				.filter(shell -> !shell.isDisposed() && shell.isVisible() && shell.getText().startsWith("About"))
				.findFirst().orElse(null));
	}

	/** Every text the user can read in a shell: labels, text fields and styled text. */
	private static String texts(Control control) {
		StringBuilder all = new StringBuilder();
		if (control instanceof StyledText styled) {
			all.append(styled.getText()).append('\n');
		} else if (control instanceof org.eclipse.swt.widgets.Text text) {
			all.append(text.getText()).append('\n');
		} else if (control instanceof org.eclipse.swt.widgets.Label label) {
			all.append(label.getText()).append('\n');
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				all.append(texts(child));
			}
		}
		return all.toString();
	}
}
