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
import org.barometer.studio.FolderOpener;
import org.barometer.studio.commands.CurrentPublication;
import org.barometer.studio.export.ExportWizard;
import org.barometer.studio.wizards.NewPublicationWizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.handlers.IHandlerService;
import java.nio.file.Files;
import java.nio.file.Path;
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
	void aNewPublicationIsWrittenUnderItsOwnNameWithAFirstIssueThatValidates() throws Exception {
		Path parent = Files.createTempDirectory("publications");
		Shell dialog = openWizard(new NewPublicationWizard(), StructuredSelection.EMPTY, "New Publication");
		run(() -> {
			textAfter(dialog, "Title of the publication:").setText("Baltic Security Monitor");
			textAfter(dialog, "Folder:").setText(parent.resolve("Baltic Security Monitor").toString());
		});
		assertEquals("BalticSecurityMonitor", ui(() -> textAfter(dialog, "Name in its files:").getText()),
				"the name in files follows the title");
		run(() -> click(button(dialog, "Finish"), null));
		waitUntil("the wizard to close", PATIENCE, dialog::isDisposed);
		waitForBuild();

		Path folder = parent.resolve("Baltic Security Monitor");
		String profile = Files.readString(folder.resolve("profile.barometer"));
		assertTrue(profile.contains("profile BalticSecurityMonitor\ntitle \"Baltic Security Monitor\"\n"), profile);
		assertFalse(profile.contains("MinskBarometer"), profile);
		IProject publication = FolderOpener.openAsProject(folder, null);
		try {
			List<IResource> issues = List.of(publication.members()).stream()
					.filter(r -> r.getName().startsWith("issue-1-") && r.getName().endsWith(".barometer")).toList();
			assertEquals(1, issues.size(), List.of(publication.members()).toString());
			String issue = new String(((IFile) issues.get(0)).getContents().readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(issue.startsWith("issue 1 of BalticSecurityMonitor\n"), issue);
			assertEquals(List.of(), errors((IFile) issues.get(0)), "the first issue validates without errors");
			assertEquals(List.of(), errors(publication.getFile("profile.barometer")), "the profile validates without errors");
			assertEquals(issues.get(0).getName(), ui(() -> activeEditor().getEditorInput().getName()), "the issue opens");
		} finally {
			closeAll();
			publication.delete(false, true, null);
		}
	}

	@Test
	void newIssueFromAnIssuesEditorProposesThatPublicationsNextIssue() throws Exception {
		IProject project = openExamplesCopy();
		try {
			StudioFixture.open(project.getFile(StudioFixture.ISSUE_18));
			display().asyncExec(() -> execute("org.barometer.studio.newIssue"));
			Shell dialog = waitForShell("New Barometer Issue");
			assertEquals("issue-19-jan-feb-2021.barometer", ui(() -> textAfter(dialog, "File name:").getText()));
			run(() -> dialog.close());
		} finally {
			closeAll();
			project.delete(false, true, null);
		}
	}

	@Test
	void newIssueWithNothingSelectedProposesTheOnlyPublicationsNextIssue() throws Exception {
		List<IProject> others = CurrentPublication.openPublications(); // other tests' copies, closed meanwhile
		for (IProject other : others) {
			other.close(null);
		}
		IProject project = openExamplesCopy();
		try {
			closeAll();
			assertEquals(List.of(project), CurrentPublication.openPublications(), "one publication is open");
			display().asyncExec(() -> execute("org.barometer.studio.newIssue"));
			Shell dialog = waitForShell("New Barometer Issue");
			assertEquals("issue-19-jan-feb-2021.barometer", ui(() -> textAfter(dialog, "File name:").getText()));
			run(() -> dialog.close());
		} finally {
			project.delete(false, true, null);
			for (IProject other : others) {
				other.open(null);
			}
		}
	}

	@Test
	void exportsGoToThePublicationOfTheIssuesChecked() throws Exception {
		IProject first = openExamplesCopy();
		IProject second = openExamplesCopy();
		try {
			IFile ofFirst = first.getFile(StudioFixture.ISSUE_18);
			IFile ofSecond = second.getFile(StudioFixture.ISSUE_18);
			Shell dialog = openExport(new StructuredSelection(ofFirst));
			assertEquals(first.getLocation().append("exports").toOSString(), ui(() -> textAfter(dialog, "To folder:").getText()));
			run(() -> check(dialog, ofFirst, false));
			run(() -> check(dialog, ofSecond, true));
			assertEquals(second.getLocation().append("exports").toOSString(), ui(() -> textAfter(dialog, "To folder:").getText()),
					"the folder follows the checked issue's publication");
			run(() -> dialog.close());
		} finally {
			first.delete(false, true, null);
			second.delete(false, true, null);
		}
	}

	@Test
	void theNextIssueFollowsTheLatestOne() throws Exception {
		IProject project = openExamplesCopy();
		Shell dialog = openWizard(new NewIssueWizard(), new StructuredSelection(project), "New Barometer Issue");
		try {
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
		} finally {
			closeAll();
			project.delete(false, true, null);
		}
	}

	private static Shell openExport(IStructuredSelection selection) {
		display().asyncExec(() -> {
			ExportWizard wizard = new ExportWizard();
			wizard.init(PlatformUI.getWorkbench(), selection);
			new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard).open();
		});
		return waitForShell("Export");
	}

	/** Ticks or unticks an issue in the export page's list, as a click on its check box does. */
	private static void check(Shell dialog, IFile issue, boolean checked) {
		Table table = Widgets.find(dialog, Table.class).get(0);
		for (TableItem item : table.getItems()) {
			if (issue.equals(item.getData())) {
				item.setChecked(checked);
				Event event = new Event();
				event.detail = SWT.CHECK;
				event.item = item;
				table.notifyListeners(SWT.Selection, event);
				return;
			}
		}
		throw new AssertionError(issue + " is not in the export list");
	}

	private static void execute(String commandId) {
		try {
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (Exception e) {
			throw new AssertionError("Cannot run " + commandId, e);
		}
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
