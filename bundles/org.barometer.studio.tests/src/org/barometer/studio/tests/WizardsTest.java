package org.barometer.studio.tests;

import static org.barometer.studio.tests.StudioFixture.closeAll;
import static org.barometer.studio.tests.StudioFixture.markers;
import static org.barometer.studio.tests.StudioFixture.openExamplesCopy;
import static org.barometer.studio.tests.StudioFixture.waitForBuild;
import static org.barometer.workbench.testing.UiThread.display;
import static org.barometer.workbench.testing.UiThread.run;
import static org.barometer.workbench.testing.UiThread.ui;
import static org.barometer.workbench.testing.UiThread.waitUntil;
import static org.barometer.studio.tests.Widgets.button;
import static org.barometer.studio.tests.Widgets.click;
import static org.barometer.studio.tests.Widgets.closeDialogs;
import static org.barometer.studio.tests.Widgets.textAfter;
import static org.barometer.studio.tests.Widgets.waitForShell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.barometer.studio.wizards.NewIssueWizard;
import org.barometer.studio.wizards.NewProjectWizard;
import org.barometer.workspace.BarometerNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** File > New: a Barometer project that validates clean, and the next issue after the latest one. */
class WizardsTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@AfterEach
	void closeDialogsAndEditors() {
		closeDialogs();
		closeAll();
	}

	@Test
	void aNewProjectHasAProfileAndAFirstIssueThatValidateWithoutErrors() throws Exception {
		Shell dialog = openWizard(new NewProjectWizard(), StructuredSelection.EMPTY, "New Barometer Project");
		run(() -> {
			textAfter(dialog, "Project name:").setText("Minsk Barometer 2027");
			click(button(dialog, "Finish"), null);
		});
		waitUntil("the wizard to close", PATIENCE, dialog::isDisposed);
		waitForBuild();

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Minsk Barometer 2027");
		assertTrue(project.hasNature(BarometerNature.ID));
		IFile profile = project.getFile("profile.barometer");
		assertTrue(profile.exists());
		List<IResource> issues = List.of(project.members()).stream()
				.filter(r -> r.getName().startsWith("issue-1-") && r.getName().endsWith(".barometer")).toList();
		assertEquals(1, issues.size(), List.of(project.members()).toString());
		assertEquals(List.of(), errors((IFile) issues.get(0)), "the first issue validates without errors");
		assertEquals(List.of(), errors(profile), "the profile validates without errors");
		assertEquals(issues.get(0).getName(), ui(() -> activeEditor().getEditorInput().getName()), "the issue opens");
	}

	@Test
	void theNextIssueFollowsTheLatestOne() throws Exception {
		IProject project = openExamplesCopy();
		Shell dialog = openWizard(new NewIssueWizard(), new StructuredSelection(project), "New Barometer Issue");
		assertEquals("issue-19-jan-feb-2021.barometer", ui(() -> textAfter(dialog, "File name:").getText()));
		run(() -> click(button(dialog, "Finish"), null));
		waitUntil("the wizard to close", PATIENCE, dialog::isDisposed);
		waitForBuild();

		IFile next = project.getFile("issue-19-jan-feb-2021.barometer");
		String text = new String(next.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(text.startsWith("issue 19 of MinskBarometer\nperiod January-February 2021\n"), text);
		for (String relationship : List.of("Russia", "EU", "China", "US", "Ukraine")) {
			assertTrue(text.contains("relationship " + relationship + " "), relationship + " section in:\n" + text);
		}
		assertFalse(text.contains("+1"), "the catalogues are empty:\n" + text);
		assertEquals(List.of(), errors(next));
		assertEquals(next.getName(), ui(() -> activeEditor().getEditorInput().getName()), "the new issue opens");
	}

	/** Opens the wizard in a dialog without waiting for it (it is modal); returns its window. */
	private static Shell openWizard(INewWizard wizard, IStructuredSelection selection, String title) {
		display().asyncExec(() -> {
			wizard.init(PlatformUI.getWorkbench(), selection);
			new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), (IWizard) wizard).open();
		});
		return waitForShell(title);
	}

	private static IEditorPart activeEditor() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
	}

	private static List<String> errors(IFile file) throws Exception {
		return markers(file).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) + ": " + m.getAttribute(IMarker.MESSAGE, "")).toList();
	}
}
