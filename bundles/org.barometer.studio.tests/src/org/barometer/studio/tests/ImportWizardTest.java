package org.barometer.studio.tests;

import static org.barometer.studio.tests.StudioFixture.closeAll;
import static org.barometer.studio.tests.StudioFixture.examples;
import static org.barometer.studio.tests.StudioFixture.waitForBuild;
import static org.barometer.studio.tests.Widgets.button;
import static org.barometer.studio.tests.Widgets.click;
import static org.barometer.studio.tests.Widgets.closeDialogs;
import static org.barometer.studio.tests.Widgets.waitForShell;
import static org.barometer.workbench.testing.UiThread.display;
import static org.barometer.workbench.testing.UiThread.run;
import static org.barometer.workbench.testing.UiThread.ui;
import static org.barometer.workbench.testing.UiThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.barometer.studio.FolderOpener;
import org.barometer.studio.archive.ImportJob;
import org.barometer.studio.archive.ImportOutcome;
import org.barometer.studio.archive.ImportWizard;
import org.barometer.views.dynamics.DynamicsView;
import org.barometer.workbench.testing.UiThread;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * File › Import › Published Issues, as an editor uses it: the two published issues brought into
 * a publication that holds only its profile, the report at the end, and the Dynamics view
 * showing the imported issues.
 */
class ImportWizardTest {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private IProject project;

	@AfterEach
	void cleanUp() throws Exception {
		closeDialogs();
		closeAll();
		if (project != null) {
			project.delete(false, true, null);
		}
	}

	@Test
	void thePublishedIssuesComeInAsPrintedAndTheDynamicsViewShowsThem() throws Exception {
		Path folder = Files.createTempDirectory("publication");
		Files.copy(examples().resolve("minsk-barometer.barometer"), folder.resolve("minsk-barometer.barometer"));
		project = FolderOpener.openAsProject(folder, null);
		waitForBuild();

		display().asyncExec(() -> execute("org.barometer.studio.importIssues")); // as File › Import › Published Issues does
		Shell dialog = waitForShell("Import");
		ImportWizard wizard = ui(() -> (ImportWizard) ((WizardDialog) dialog.getData()).getCurrentPage().getWizard());
		assertFalse(ui(() -> button(dialog, "Finish").isEnabled()), "nothing chosen yet");
		run(() -> {
			wizard.addSources(List.of(reference()));
			Combo publications = Widgets.find(dialog, Combo.class).get(0);
			publications.select(List.of(publications.getItems()).indexOf(project.getName()));
			publications.notifyListeners(SWT.Selection, new Event());
		});
		UiThread.screenshot("import-wizard");
		run(() -> click(button(dialog, "Finish"), null));
		waitUntil("the wizard to close", PATIENCE, dialog::isDisposed);

		ImportJob job = wizard.lastJob();
		job.join();
		ImportOutcome outcome = job.outcome();
		assertEquals(List.of(), outcome.failures());
		assertEquals(2, outcome.imported().size(), outcome.reportText());
		for (Path issue : outcome.issueFiles()) {
			assertTrue(Files.isRegularFile(issue) && issue.getParent().equals(folder), issue + " in the publication's folder");
			assertTrue(Files.readString(issue).startsWith("issue "), issue + " is an issue");
		}

		Shell report = waitForShell("Import Finished");
		String reportText = ui(() -> Widgets.find(report, Text.class).get(0).getText());
		assertTrue(reportText.startsWith("2 issues imported."), reportText);
		assertTrue(reportText.contains("issue-18-nov-dec-2020.txt") && reportText.contains(" placed, "), reportText);
		UiThread.screenshot("import-report");
		run(() -> click(button(report, "Close"), null));

		waitForBuild();
		DynamicsView dynamics = ui(() -> (DynamicsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(DynamicsView.ID));
		waitUntil("the imported issues in the Dynamics view", PATIENCE, () -> dynamics.model() != null
				&& dynamics.model().issues().stream().map(issue -> issue.number()).toList().containsAll(List.of(17, 18)));
		UiThread.screenshot("import-dynamics");
	}

	private static Path reference() {
		return Path.of(System.getProperty("barometer.reference", "../org.barometer.importer.tests/resources/reference"));
	}

	private static void execute(String commandId) {
		try {
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (Exception e) {
			throw new AssertionError("Cannot run " + commandId, e);
		}
	}
}
