package org.barometer.studio.tests;

import static org.barometer.studio.tests.EditorUser.*;
import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.junit.jupiter.api.Test;

/**
 * Quick fixes as a user reaches them: Ctrl+1 on a stated figure in the editor, and the Quick
 * Fix command on the marker selected in the Problems view.
 */
class QuickFixWorkbenchTest extends ExamplesCopyTest {

	/** The U.S. section of issue 18 prints -14; its catalogue adds up to -16. */
	private static final String US_FIGURES = "stated aggregate -14 positive +6 negative -20 total -14";
	private static final String US_AGGREGATE_MESSAGE = "Stated aggregate index -14 differs from the computed -16.";
	private static final String REPLACE_BY_COMPUTED = "Replace by the computed -16";

	@Test
	void ctrl1OnAStatedFigureThatDisagreesOffersTheComputedFigureAndWritesItIntoTheEditor() throws Exception {
		ITextEditor editor = open(issue18);
		IDocument document = document(editor);
		waitUntil("the editor's marker on the U.S. aggregate", PATIENCE, () -> annotationMessages(editor).contains(US_AGGREGATE_MESSAGE));
		int stated = ui(() -> document.get().indexOf(US_FIGURES)) + "stated aggregate ".length();

		activate(editor);
		String ctrl1 = commandBoundTo("CTRL+1");
		assertEquals(ITextEditorActionDefinitionIds.QUICK_ASSIST, ctrl1, "Ctrl+1 runs quick assist");
		run(() -> editor.selectAndReveal(stated + 1, 0)); // the caret inside "-14"
		execute(ctrl1);
		Table popup = proposalPopup();
		List<String> offered = ui(() -> labels(popup));
		screenshot("quick-fix");
		assertEquals(List.of(REPLACE_BY_COMPUTED), offered, "the fixes of the marker under the caret, and only those");

		run(() -> choose(popup, 0));
		String fixed = US_FIGURES.replaceFirst("-14", "-16");
		waitUntil("the computed figure in the editor", PATIENCE, () -> document.get().contains(fixed));
		assertTrue(ui(() -> document.get().contains("\n  " + fixed + "\n")), "only the aggregate changed");
		assertTrue(ui(editor::isDirty), "the fix is the user's unsaved change, undoable like typing");
		assertFalse(new String(issue18.getContents().readAllBytes(), StandardCharsets.UTF_8).contains(fixed),
				"nothing is written to disk behind the editor's back");
		waitUntil("the marker to go once the text agrees", PATIENCE, () -> !annotationMessages(editor).contains(US_AGGREGATE_MESSAGE));
	}

	@Test
	void theProblemsViewListsTheMarkerAndItsQuickFixCommandRewritesTheFile() throws Exception {
		// a figure no other test's copy of the examples prints, so the row in the Problems view is this one
		String text = new String(issue18.getContents().readAllBytes(), StandardCharsets.UTF_8);
		int figuresLine = text.substring(0, text.indexOf(US_FIGURES)).split("\n", -1).length; // 1-based
		String misprinted = US_FIGURES.replaceFirst("-14", "-13");
		issue18.setContents(new ByteArrayInputStream(text.replace(US_FIGURES, misprinted).getBytes(StandardCharsets.UTF_8)),
				IResource.FORCE, null);
		waitForBuild();
		String message = "Stated aggregate index -13 differs from the computed -16.";

		IViewPart problems = ui(() -> page().showView(IPageLayout.ID_PROBLEM_VIEW));
		Tree tree = ui(() -> ((TreeViewer) problems.getSite().getSelectionProvider()).getTree());
		AtomicReference<TreeItem> row = new AtomicReference<>();
		waitUntil("the Problems view to list: " + message, PATIENCE, () -> {
			row.set(rowShowing(tree, message));
			return row.get() != null;
		});
		assertTrue(ui(() -> Arrays.asList(columns(row.get())).contains(ISSUE_18)), "the row names the file");

		activate(problems);
		run(() -> {
			tree.setSelection(row.get());
			Event click = new Event();
			click.item = row.get();
			tree.notifyListeners(SWT.Selection, click);
		});
		String ctrl1 = commandBoundTo("CTRL+1");
		AtomicReference<Throwable> failure = executeLater(ctrl1, Map.of());
		Shell wizard = Widgets.waitForShell("Quick Fix");
		assertNull(failure.get());

		List<Table> tables = ui(() -> Widgets.find(wizard, Table.class));
		Table resolutions = tables.get(0);
		Table markers = tables.get(1);
		List<String> offered = ui(() -> Arrays.stream(resolutions.getItems()).map(TableItem::getText).toList());
		assertEquals(List.of(REPLACE_BY_COMPUTED), offered, "the view offers the marker's resolution");
		run(() -> {
			resolutions.setSelection(0);
			Event click = new Event();
			click.item = resolutions.getItem(0);
			resolutions.notifyListeners(SWT.Selection, click);
		});
		List<String> checked = ui(() -> Arrays.stream(markers.getItems()).filter(TableItem::getChecked)
				.map(item -> item.getText(0) + " " + item.getText(1)).toList());
		assertEquals(1, checked.size(), checked.toString());
		assertTrue(checked.get(0).endsWith(" line " + figuresLine), "the selected marker (line " + figuresLine + ") is the one to fix: " + checked);
		run(() -> Widgets.click(Widgets.button(wizard, "Finish"), null));
		waitUntil("the Quick Fix wizard to close", PATIENCE, wizard::isDisposed);

		String onDisk = new String(issue18.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(onDisk.contains("\n  " + US_FIGURES.replaceFirst("-14", "-16") + "\n"),
				"the file (not open in an editor) now prints the computed aggregate");
		waitForBuild();
		assertTrue(markers(issue18).stream().noneMatch(m -> message.equals(m.getAttribute(IMarker.MESSAGE, ""))),
				"and its marker is gone");
	}

	/** The row of the Problems view showing the message, with its category expanded as a click would. Call on the UI thread. */
	private static TreeItem rowShowing(Tree tree, String message) {
		for (TreeItem category : tree.getItems()) {
			if (!category.getExpanded() && category.getItemCount() > 0) {
				Event expand = new Event();
				expand.item = category;
				tree.notifyListeners(SWT.Expand, expand);
				category.setExpanded(true);
			}
			for (TreeItem item : category.getItems()) {
				if (Arrays.asList(columns(item)).contains(message)) {
					return item;
				}
			}
		}
		return null;
	}

	private static String[] columns(TreeItem item) {
		String[] texts = new String[Math.max(1, item.getParent().getColumnCount())];
		for (int i = 0; i < texts.length; i++) {
			texts[i] = item.getText(i);
		}
		return texts;
	}
}
