package org.barometer.studio.tests;

import static org.barometer.studio.tests.StudioFixture.ISSUE_18;
import static org.barometer.studio.tests.StudioFixture.closeAll;
import static org.barometer.studio.tests.StudioFixture.openExamplesCopy;
import static org.barometer.workbench.testing.UiThread.display;
import static org.barometer.workbench.testing.UiThread.run;
import static org.barometer.workbench.testing.UiThread.ui;
import static org.barometer.workbench.testing.UiThread.waitUntil;
import static org.barometer.studio.tests.Widgets.button;
import static org.barometer.studio.tests.Widgets.click;
import static org.barometer.studio.tests.Widgets.closeDialogs;
import static org.barometer.studio.tests.Widgets.find;
import static org.barometer.studio.tests.Widgets.textAfter;
import static org.barometer.studio.tests.Widgets.waitForShell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.barometer.workbench.testing.UiThread;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.barometer.studio.export.ExportRequest;
import org.barometer.studio.export.ExportRun;
import org.barometer.studio.export.ExportWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio's exports: the wizard from a selection, its job and result, the context menu, refusals. */
class ExportWizardTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);
	private static IProject project;

	@TempDir
	Path out;

	@BeforeAll
	static void openExamples() throws Exception {
		project = openExamplesCopy();
	}

	@AfterEach
	void closeDialogsAndEditors() {
		closeDialogs();
		closeAll();
	}

	@Test
	void theWizardExportsTheSelectedIssueInTheBackgroundAndOffersToOpenIt() throws Exception {
		IFile issue18 = project.getFile(ISSUE_18);
		AtomicReference<ExportWizard> wizard = new AtomicReference<>();
		display().asyncExec(() -> {
			wizard.set(new ExportWizard());
			wizard.get().init(PlatformUI.getWorkbench(), new StructuredSelection(issue18));
			new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard.get()).open();
		});
		Shell dialog = waitForShell("Export");
		List<String> checked = ui(() -> Arrays.stream(find(dialog, Table.class).get(0).getItems()).filter(item -> item.getChecked())
				.map(item -> item.getText()).toList());
		assertEquals(List.of(project.getName() + "/" + ISSUE_18), checked, "the selection is what is checked");
		run(() -> {
			textAfter(dialog, "To folder:").setText(out.toString());
			click(button(dialog, "Word issue (.docx)"), true);
		});
		UiThread.screenshot("export-wizard");
		run(() -> click(button(dialog, "Finish"), null));
		waitUntil("the wizard to start the job", PATIENCE, () -> wizard.get().lastJob() != null);
		wizard.get().lastJob().join();
		assertTrue(wizard.get().lastJob().getResult().isOK(), wizard.get().lastJob().getResult().toString());

		Shell finished = waitForShell("Export Finished");
		String message = ui(() -> find(finished, Label.class).stream().map(Label::getText).reduce("", String::concat));
		assertTrue(message.contains("1 issue exported, 0 not, 3 files written."), message);
		assertNotNull(ui(() -> button(finished, "Open issue-18-nov-dec-2020-appendices.docx")), "offers to open the result");
		run(() -> click(button(finished, "Close"), null));

		assertEquals(List.of("issue-18-nov-dec-2020-appendices.docx", "issue-18-nov-dec-2020.docx", "issue-18-nov-dec-2020.xlsx"),
				files(out));
		try (InputStream in = Files.newInputStream(out.resolve("issue-18-nov-dec-2020-appendices.docx"));
				XWPFDocument appendices = new XWPFDocument(in)) {
			List<String> totals = new ArrayList<>();
			for (XWPFTable table : appendices.getTables()) {
				var last = table.getRows().get(table.getRows().size() - 1);
				totals.add(last.getCell(0).getText() + " " + last.getCell(last.getTableCells().size() - 1).getText());
			}
			assertTrue(totals.contains("Total -16"), "the US total is the computed -16, not the stated -14: " + totals);
		}
		try (InputStream in = Files.newInputStream(out.resolve("issue-18-nov-dec-2020.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertNotNull(workbook.getSheet("Summary"));
		}
	}

	@Test
	void anIssueWhoseFiguresCannotBeComputedIsRefusedAndTheOthersAreExported() throws Exception {
		IFile broken = project.getFile("broken.barometer");
		broken.create(new ByteArrayInputStream("issue 19 of MinskBarometer period Janury-February 2021\n".getBytes(StandardCharsets.UTF_8)),
				true, null);
		try {
			List<IFile> files = List.of(project.getFile("minsk-barometer.barometer"), broken, project.getFile(ISSUE_18),
					project.getFile("issue-17-sep-oct-2020.barometer"));
			ProgressRecorder progress = new ProgressRecorder();
			ExportRun export = new ExportRun(new ExportRequest(files, true, false, true, false, null, out));
			IStatus status = export.run(progress);
			assertEquals(IStatus.WARNING, status.getSeverity(), status.toString());
			assertEquals(List.of("broken.barometer: syntax errors (1, the first on line 1), the figures cannot be computed"),
					export.outcome().refusals());
			assertEquals(2, export.outcome().exportedIssues(), "the profile is skipped, not refused");
			assertEquals(List.of("MinskBarometer-archive.xlsx", "issue-17-sep-oct-2020-appendices.docx", "issue-17-sep-oct-2020.xlsx",
					"issue-18-nov-dec-2020-appendices.docx", "issue-18-nov-dec-2020.xlsx"), files(out));
			assertEquals(List.of("minsk-barometer.barometer", "broken.barometer", ISSUE_18, "issue-17-sep-oct-2020.barometer",
					"Archive workbooks"), progress.subTasks, "one progress step per file");
			assertTrue(progress.worked >= files.size(), "worked " + progress.worked);
		} finally {
			broken.delete(true, null);
		}
	}

	@Test
	void anOutputFolderThatIsAFileIsRefusedAndAHouseFooterWithoutPageNumberIsNoted() throws Exception {
		List<IFile> files = List.of(project.getFile(ISSUE_18));
		Path notAFolder = Files.writeString(out.resolve("exports"), "a file");
		ExportRun refused = new ExportRun(new ExportRequest(files, true, false, false, false, null, notAFolder));
		assertEquals(IStatus.WARNING, refused.run(new NullProgressMonitor()).getSeverity());
		assertEquals(List.of(notAFolder + ": " + notAFolder + " is a file, not a folder"), refused.outcome().refusals());
		assertEquals("a file", Files.readString(notAFolder), "the file is left alone");

		Path house = out.resolve("house.docx");
		try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
				java.io.OutputStream stream = Files.newOutputStream(house)) {
			document.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun().setText("House");
			document.write(stream);
		}
		Path folder = out.resolve("december"); // created with the first file written
		ExportRun noted = new ExportRun(new ExportRequest(files, false, true, false, false, house, folder));
		assertEquals(IStatus.OK, noted.run(new NullProgressMonitor()).getSeverity(), noted.outcome().refusals().toString());
		assertEquals(List.of("The footer of house.docx has no page number; the Word files get one added under it."), noted.outcome().notes());
		assertEquals(List.of(ISSUE_18.replace(".barometer", ".docx")), files(folder));
	}

	@Test
	void theContextMenuOfABarometerFileOffersTheExport() throws Exception {
		IFile issue18 = project.getFile(ISSUE_18);
		assertNotNull(PlatformUI.getWorkbench().getExportWizardRegistry().findWizard("org.barometer.studio.export"),
				"File > Export lists the wizard");
		List<String> items = ui(() -> {
			CommonNavigator explorer = (CommonNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
					.showView(IPageLayout.ID_PROJECT_EXPLORER);
			explorer.selectReveal(new StructuredSelection(issue18));
			Menu menu = explorer.getCommonViewer().getControl().getMenu();
			menu.notifyListeners(SWT.Show, new Event());
			List<String> texts = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
			menu.notifyListeners(SWT.Hide, new Event());
			return texts;
		});
		assertTrue(items.contains("Export Issues..."), items.toString());
	}

	/** Records what the export reports to its progress monitor. */
	private static final class ProgressRecorder extends NullProgressMonitor {
		final List<String> subTasks = new ArrayList<>();
		int worked;

		@Override
		public void subTask(String name) {
			subTasks.add(name);
		}

		@Override
		public void worked(int work) {
			worked += work;
		}

		@Override
		public void internalWorked(double work) {
			worked += (int) Math.round(work);
		}
	}

	private static List<String> files(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
		}
	}
}
