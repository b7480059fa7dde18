package org.barometer.studio.tests;

import static org.barometer.studio.tests.StudioFixture.ISSUE_18;
import static org.barometer.studio.tests.StudioFixture.closeAll;
import static org.barometer.studio.tests.StudioFixture.open;
import static org.barometer.studio.tests.StudioFixture.openExamplesCopy;
import static org.barometer.workbench.testing.UiThread.run;
import static org.barometer.workbench.testing.UiThread.ui;
import static org.barometer.workbench.testing.UiThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.eclipse.ui.wizards.IWizardRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The studio as a new user first sees it: menus, toolbar and wizard lists hold the studio's own
 * items and nothing a programmer's IDE would add; the window is titled by what is open; every view
 * and wizard has an icon of its own.
 */
class EditorialShellTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	/** The studio's own list: each menu's items, in order, as the user reads them. */
	private static final Map<String, List<String>> MENUS = new LinkedHashMap<>();
	static {
		MENUS.put("File", List.of("New Issue...", "New Publication...", "Open Publication Folder...", "Save", "Import", "Export...", "Exit"));
		MENUS.put("Edit", List.of("Undo", "Redo", "Cut", "Copy", "Paste", "Select All", "Find and Replace...", "Preferences..."));
		MENUS.put("Issue", List.of("Format", "Next Problem", "Previous Problem", "Quick Fix", "Validate Publication"));
		MENUS.put("View", List.of("Issues", "Problems", "Outline", "Indices", "Dynamics", "Catalogue", "Reset Layout"));
		MENUS.put("Help", List.of("Writing an Issue", "About Barometer Studio"));
	}
	private static final List<String> TOOLBAR = List.of("New Issue", "Save", "Validate", "Export");

	private static IProject project;

	@BeforeAll
	static void openAnIssue() throws Exception {
		project = openExamplesCopy();
		open(project.getFile(ISSUE_18)); // an active editor brings its own contributions: they must be the studio's too
	}

	@AfterAll
	static void closeIt() throws Exception {
		closeAll();
		project.delete(false, true, null);
	}

	@Test
	void theMenuBarHoldsTheStudiosMenusAndNothingElse() {
		Map<String, List<String>> shown = ui(() -> menus(shell().getMenuBar()));
		assertEquals(MENUS.keySet().stream().toList(), shown.keySet().stream().toList(), "the menus of the menu bar");
		MENUS.forEach((menu, items) -> assertEquals(items, shown.get(menu), "the items of " + menu));
	}

	@Test
	void theToolbarHoldsTheStudiosItemsAndNoSearchField() {
		List<String> items = ui(() -> {
			List<String> tips = new ArrayList<>();
			for (ToolBar bar : topTrim(shell(), ToolBar.class)) {
				for (ToolItem item : bar.getItems()) {
					if ((item.getStyle() & SWT.SEPARATOR) == 0 && item.getControl() == null) {
						tips.add(item.getToolTipText() != null ? plain(item.getToolTipText()) : plain(item.getText()));
					}
				}
			}
			return tips;
		});
		assertEquals(TOOLBAR, items, "the toolbar's items");
		assertEquals(List.of(), ui(() -> topTrim(shell(), Text.class).stream().map(Text::getMessage).toList()),
				"no search field for commands in the toolbar");
	}

	@Test
	void theNewImportAndExportListsHoldOnlyTheStudiosWizards() {
		List<String> others = new ArrayList<>();
		for (IWizardRegistry registry : List.of(PlatformUI.getWorkbench().getNewWizardRegistry(),
				PlatformUI.getWorkbench().getImportWizardRegistry(), PlatformUI.getWorkbench().getExportWizardRegistry())) {
			for (IWizardDescriptor wizard : shownWizards(registry.getRootCategory())) {
				if (!wizard.getId().startsWith("org.barometer.")) {
					others.add(wizard.getId() + " (" + wizard.getLabel() + ")");
				}
			}
		}
		assertEquals(List.of(), others, "wizards the user is offered that are not the studio's");
		List<String> newWizards = shownWizards(PlatformUI.getWorkbench().getNewWizardRegistry().getRootCategory()).stream()
				.map(IWizardDescriptor::getLabel).toList();
		assertTrue(newWizards.containsAll(List.of("Issue", "Publication")), newWizards.toString());
	}

	@Test
	void theWindowIsTitledByThePublicationTheIssueAndItsPeriod() {
		open(project.getFile(ISSUE_18));
		waitUntil("the window's title to name the issue", PATIENCE,
				() -> ui(() -> shell().getText()).equals("Minsk Barometer \u2014 \u2116 18, November\u2013December 2020 \u2014 Barometer Studio"));
		open(project.getFile("issue-17-sep-oct-2020.barometer"));
		waitUntil("the title to follow the editor in front", PATIENCE,
				() -> ui(() -> shell().getText()).contains("\u2116 17, September\u2013October 2020"));
	}

	@Test
	void everyViewAndWizardOfTheStudioHasAnIconOfItsOwn() throws Exception {
		List<String> ours = new ArrayList<>();
		for (String point : List.of("org.eclipse.ui.views", "org.eclipse.ui.newWizards", "org.eclipse.ui.exportWizards",
				"org.eclipse.ui.importWizards")) {
			for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(point)) {
				String bundle = element.getContributor().getName();
				if (!bundle.startsWith("org.barometer.") || !List.of("view", "wizard").contains(element.getName())) {
					continue;
				}
				String id = element.getAttribute("id");
				ours.add(id);
				String icon = element.getAttribute("icon");
				assertNotNull(icon, id + " declares no icon: it would show the platform's generic one");
				assertNotNull(Platform.getBundle(bundle).getEntry(icon), id + "'s icon " + icon + " is in its bundle");
				assertNotNull(ImageDescriptor.createFromURL(Platform.getBundle(bundle).getEntry(icon)).getImageData(100),
						id + "'s icon " + icon + " can be drawn");
			}
		}
		assertTrue(ours.containsAll(List.of("org.barometer.studio.issues", "org.barometer.views.index",
				"org.barometer.views.dynamics", "org.barometer.views.catalogue", "org.barometer.studio.newIssue",
				"org.barometer.studio.export")), ours.toString());
		assertNotEquals(0, ui(() -> shell().getImages().length), "the window has the studio's icon");
	}

	@Test
	void anIssueFileShowsTheStudiosFileIconOnItsTab() {
		ITextEditor editor = open(project.getFile(ISSUE_18));
		java.net.URL icon = Platform.getBundle("org.barometer.editor").getEntry("icons/barometer-file.svg");
		assertNotNull(icon, "the editor bundle ships the file type's icon");
		org.eclipse.swt.graphics.ImageData ours = ImageDescriptor.createFromURL(icon).getImageData(100);
		org.eclipse.swt.graphics.ImageData shown = ui(() -> editor.getTitleImage().getImageData());
		int alike = ImagesAlike.percentAlike(ours, shown);
		assertTrue(alike >= 95, "the tab shows the Barometer file icon, not the generic editor's: " + alike + "% of pixels alike");
	}

	@Test
	void theEditorsRightClickMenuHoldsWhatAWriterUsesAndNothingElse() throws Exception {
		ITextEditor editor = open(project.getFile(ISSUE_18));
		List<String> shown = ui(() -> {
			Menu menu = editor.getAdapter(Control.class).getMenu();
			menu.notifyListeners(SWT.Show, new Event());
			List<String> items = new ArrayList<>();
			for (MenuItem item : menu.getItems()) {
				if ((item.getStyle() & SWT.SEPARATOR) == 0 && isShown(item)) {
					items.add(plain(item.getText()).replaceAll("^(Undo|Redo) .*", "$1"));
				}
			}
			menu.notifyListeners(SWT.Hide, new Event());
			return items;
		});
		assertEquals(List.of("Undo", "Revert File", "Save", "Cut", "Copy", "Paste", "Quick Fix", "Format", "Export Issue..."), shown);
	}

	@Test
	void nextProblemTakesTheCaretToTheIssuesFirstProblem() throws Exception {
		ITextEditor editor = open(project.getFile(ISSUE_18));
		waitUntil("the editor's problems to be marked", PATIENCE, () -> !problemOffsets(editor).isEmpty());
		run(() -> editor.selectAndReveal(0, 0));
		run(() -> PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.barometer.studio.nextProblem", null));
		int caret = ui(() -> ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset());
		assertEquals(problemOffsets(editor).get(0), caret, "the caret is on the first problem");
	}

	/** Offsets of the errors and warnings the editor shows, in order. */
	private static List<Integer> problemOffsets(ITextEditor editor) {
		return ui(() -> {
			IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
			List<Integer> offsets = new ArrayList<>();
			for (var it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				String type = annotation.getType();
				if (!annotation.isMarkedDeleted() && (type.endsWith(".error") || type.endsWith(".warning"))) {
					offsets.add(model.getPosition(annotation).getOffset());
				}
			}
			offsets.sort(null);
			return offsets;
		});
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	/** Menu titles to their items' labels, as drawn when each menu opens (mnemonics and keys left out). */
	private static Map<String, List<String>> menus(Menu bar) {
		Map<String, List<String>> menus = new LinkedHashMap<>();
		for (MenuItem title : bar.getItems()) {
			Menu menu = title.getMenu();
			List<String> items = new ArrayList<>();
			if (menu != null) {
				menu.notifyListeners(SWT.Show, new Event());
				for (MenuItem item : menu.getItems()) {
					if ((item.getStyle() & SWT.SEPARATOR) == 0 && isShown(item)) {
						items.add(plain(item.getText()).replaceAll("^(Undo|Redo) .*", "$1"));
					}
				}
				menu.notifyListeners(SWT.Hide, new Event());
			}
			menus.put(plain(title.getText()), items);
		}
		return menus;
	}

	/** E4 keeps hidden contributions as items it never shows: they carry no text. */
	private static boolean isShown(MenuItem item) {
		return !item.getText().isEmpty();
	}

	/** A label as read: without its mnemonic, and without the key shown after a tab or in a tooltip's brackets. */
	private static String plain(String label) {
		int tab = label.indexOf('\t');
		String text = (tab < 0 ? label : label.substring(0, tab)).replace("&", "").strip();
		return text.replaceAll(" \\([^()]*\\)$", "");
	}

	/** Controls of the window's top trim: above the first part stack, outside every part. */
	private static <T extends Control> List<T> topTrim(Shell shell, Class<T> type) {
		int partsTop = Widgets.find(shell, CTabFolder.class).stream().filter(Control::isVisible)
				.mapToInt(folder -> folder.getParent().toDisplay(folder.getLocation()).y).min().orElse(Integer.MAX_VALUE);
		List<T> found = new ArrayList<>();
		for (T control : Widgets.find(shell, type)) {
			Point at = control.getParent().toDisplay(control.getLocation());
			if (control.isVisible() && at.y < partsTop && !inside(control, CTabFolder.class)) {
				found.add(control);
			}
		}
		return found;
	}

	private static boolean inside(Control control, Class<? extends Composite> type) {
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (type.isInstance(parent)) {
				return true;
			}
		}
		return false;
	}

	/** The wizards a list offers: those no disabled activity hides. */
	private static List<IWizardDescriptor> shownWizards(IWizardCategory category) {
		List<IWizardDescriptor> wizards = new ArrayList<>();
		for (IWizardDescriptor wizard : category.getWizards()) {
			if (!WorkbenchActivityHelper.filterItem(wizard)) {
				wizards.add(wizard);
			}
		}
		for (IWizardCategory child : category.getCategories()) {
			wizards.addAll(shownWizards(child));
		}
		return wizards;
	}
}
