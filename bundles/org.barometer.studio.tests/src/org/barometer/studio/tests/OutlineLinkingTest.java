package org.barometer.studio.tests;

import static org.barometer.studio.tests.EditorUser.*;
import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicReference;

import org.barometer.editor.outline.BarometerOutlinePage;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;

/** The outline and the editor follow each other: a chosen event is selected in the text, the caret's event in the outline. */
class OutlineLinkingTest extends ExamplesCopyTest {

	@Test
	void choosingAnEventInTheOutlineSelectsItsDateAndMovingTheCaretSelectsItsEvent() {
		ITextEditor editor = open(issue18);
		IDocument document = document(editor);
		IViewPart outlineView = ui(() -> page().showView(IPageLayout.ID_OUTLINE));
		AtomicReference<Tree> tree = new AtomicReference<>();
		waitUntil("the outline of the issue", PATIENCE, () -> {
			if (outlineView instanceof ContentOutline outline && outline.getCurrentPage() instanceof BarometerOutlinePage page
					&& !page.roots().isEmpty() && page.getControl() instanceof Tree shown && shown.getItemCount() > 0) {
				tree.set(shown);
				return true;
			}
			return false;
		});

		// outline -> editor: a click on Russia's second event
		TreeItem event = ui(() -> item(tree.get(), "Connection of the first unit"));
		run(() -> {
			tree.get().setSelection(event);
			Event click = new Event();
			click.item = event;
			tree.get().notifyListeners(SWT.Selection, click);
		});
		int row = ui(() -> document.get().indexOf("    3 November  \"Connection of the first unit")) + 4;
		waitUntil("the event's date selected in the editor", PATIENCE, () -> selection(editor).getOffset() == row);
		assertEquals("3 November", ui(() -> selection(editor).getText()));

		// editor -> outline: the caret on the score of Russia's fifth row
		activate(editor);
		String lavrov = "\"Lavrov’s visit to Minsk\"  +1";
		int score = ui(() -> document.get().indexOf(lavrov)) + lavrov.length() - 1;
		run(() -> editor.selectAndReveal(score, 0));
		waitUntil("the caret's event selected in the outline", PATIENCE, () -> {
			TreeItem[] selected = tree.get().getSelection();
			return selected.length == 1 && selected[0].getText().contains("Lavrov’s visit to Minsk");
		});
		assertEquals("26 November  Lavrov’s visit to Minsk  +1", ui(() -> tree.get().getSelection()[0].getText()));
		assertEquals(score, caret(editor), "revealing the node left the caret where the user put it");
	}

	private static ITextSelection selection(ITextEditor editor) {
		return (ITextSelection) editor.getSelectionProvider().getSelection();
	}

	/** The first item whose label contains the text, expanding the outline as a person looking for it would. Call on the UI thread. */
	private static TreeItem item(Tree tree, String text) {
		for (TreeItem root : tree.getItems()) {
			TreeItem found = item(root, text);
			if (found != null) {
				return found;
			}
		}
		throw new AssertionError("no outline item " + text);
	}

	private static TreeItem item(TreeItem parent, String text) {
		if (parent.getText().contains(text)) {
			return parent;
		}
		if (!parent.getExpanded() && parent.getItemCount() > 0) { // as a click on its twistie
			Event expand = new Event();
			expand.item = parent;
			parent.getParent().notifyListeners(SWT.Expand, expand);
			parent.setExpanded(true);
		}
		for (TreeItem child : parent.getItems()) {
			TreeItem found = item(child, text);
			if (found != null) {
				return found;
			}
		}
		return null;
	}
}
