package org.barometer.views.tests;

import static org.barometer.views.tests.Workbench.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.barometer.studio.EditorialPerspective;
import org.barometer.views.archive.IssueArchive;
import org.barometer.views.catalogue.CatalogueView;
import org.barometer.views.dynamics.DynamicsView;
import org.barometer.views.index.IndexView;
import org.barometer.views.model.CatalogueColumn;
import org.barometer.views.model.CatalogueRow;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The views in the Editorial perspective's default layout, on a laptop's 1366×768 and a desktop's
 * 1600×1000 window, with issue 18 open: every column in sight and as wide as its texts, the Security
 * part without scrolling, chart titles whole and legends beside their plots, room for the catalogue's
 * rows and its similar events. Sizes of widgets, not pixels; a screenshot of each view for the README.
 */
class ViewsLayoutTest {

	/** Room a cell keeps around its text (GTK's own padding is larger). */
	private static final int CELL_PADDING = 4;

	private static IProject project;

	@BeforeAll
	static void openExamples() throws Exception {
		project = openCopyOf(Examples.folder(), "barometer-layout");
		IssueArchive.get().join();
	}

	@AfterAll
	static void restore() throws Exception {
		closeAllEditors();
		project.delete(true, true, null); // the other tests count the examples' issues in the archive
		IssueArchive.get().join();
		run(() -> shell().setBounds(0, 0, 1600, 1000));
		run(() -> page().resetPerspective());
	}

	@Test
	void theViewsFitALaptopWindow() {
		checkTheViewsAt(1366, 768);
	}

	@Test
	void theViewsFitADesktopWindow() {
		checkTheViewsAt(1600, 1000);
	}

	private void checkTheViewsAt(int width, int height) {
		closeAllEditors();
		run(() -> shell().setBounds(0, 0, width, height));
		run(() -> PlatformUI.getWorkbench().showPerspective(EditorialPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow()));
		run(() -> page().resetPerspective());
		assertEquals(new Point(width, height), ui(() -> shell().getSize()), "the window has the size asked for");
		open(project.getFile(Examples.ISSUE_18));

		IndexView indices = showView(IndexView.ID);
		waitUntil("issue 18 in the Indices view", PATIENCE, () -> indices.shown() != null && indices.shown().number() == 18);
		run(() -> indicesFit(indices));
		screenshot("view-indices-" + width);

		DynamicsView dynamics = showView(DynamicsView.ID);
		waitUntil("both issues in the Dynamics view", PATIENCE, () -> dynamics.model() != null && dynamics.model().issues().size() == 2);
		run(() -> dynamics.charts().forEach(ViewsLayoutTest::chartFits));
		screenshot("view-dynamics-" + width);

		CatalogueView catalogue = showView(CatalogueView.ID);
		waitUntil("the examples' events in the Catalogue view", PATIENCE, () -> catalogue.itemCount() > 100);
		run(() -> catalogue.select(catalogue.visibleRows().stream().map(CatalogueRow::description).toList().indexOf("15 exercises of Russia")));
		run(() -> catalogueFits(catalogue));
		screenshot("view-catalogue-" + width);

		IViewPart problems = showView(IPageLayout.ID_PROBLEM_VIEW);
		run(() -> ((Viewer) problems.getSite().getSelectionProvider()).getControl().getDisplay().update());
		waitUntil("the Problems view's columns sized", PATIENCE, () -> descriptionTakesTheWidth(problemsTree(problems)));
		run(() -> problemsFit(problemsTree(problems)));
		run(() -> ((TreeViewer) problems.getSite().getSelectionProvider()).expandToLevel(2));
		screenshot("view-problems-" + width);
	}

	private static void indicesFit(IndexView view) {
		Table table = view.table();
		ScrolledComposite scrolled = view.scrolledArea();
		Rectangle inSight = scrolled.getClientArea();
		assertEquals(5, table.getItemCount(), "issue 18's five relationships");
		columnsShowTheirTexts(table, 0, table.getItemCount());
		assertTrue(sum(table) <= table.getClientArea().width, "every column inside the table");
		int right = table.getBounds().x + table.getBounds().width;
		assertTrue(right <= inSight.width, "the table (" + right + " px) fits the view's " + inSight.width + " px");
		assertEquals(new Point(0, 0), scrolled.getOrigin(), "nothing scrolled");
		Rectangle security = view.securityPart().getBounds();
		assertTrue(security.y + security.height <= inSight.height,
				"the Security part ends at " + (security.y + security.height) + " px, in the view's " + inSight.height + " px");
		assertTrue(view.securityText().contains("Regional tension -8 Yellow"), view.securityText());
	}

	private static void chartFits(Chart chart) {
		Point size = chart.getSize();
		Rectangle plot = chart.getPlotArea().getControl().getBounds();
		Rectangle legend = ((Control) chart.getLegend()).getBounds();
		String where = chart.getTitle().getText() + " (" + size.x + "×" + size.y + "): legend " + legend + ", plot " + plot;
		assertFalse(legend.intersects(plot), "the legend beside the plot, not over it: " + where);
		assertTrue(legend.x >= 0 && legend.y >= 0 && legend.x + legend.width <= size.x && legend.y + legend.height <= size.y,
				"the legend whole inside its chart: " + where);
		assertTrue(plot.width >= 200 && plot.height >= 90, "a plot large enough to read: " + where);
		GC gc = new GC(chart);
		try {
			gc.setFont(chart.getTitle().getFont());
			int title = gc.textExtent(chart.getTitle().getText()).x;
			assertTrue(title <= size.x, "the title (" + title + " px) whole: " + where);
		} finally {
			gc.dispose();
		}
	}

	private static void catalogueFits(CatalogueView view) {
		Table table = view.table();
		int event = CatalogueColumn.EVENT.ordinal();
		int rowsInSight = rowsInSight(table);
		assertTrue(rowsInSight >= 5, rowsInSight + " rows in sight");
		columnsShowTheirTexts(table, table.getTopIndex(), rowsInSight, event);
		int others = sum(table) - table.getColumn(event).getWidth();
		assertTrue(sum(table) <= table.getClientArea().width + 1, "every column inside the table");
		assertTrue(table.getColumn(event).getWidth() >= table.getClientArea().width - others - 1, "the Event column takes the spare width");
		assertTrue(Arrays.stream(table.getColumns()).allMatch(c -> c.getWidth() <= table.getColumn(event).getWidth()),
				"the Event column is the widest");

		Table similar = view.similarTable();
		assertTrue(similar.getItemCount() >= 1, "the similar events of the 15 exercises of Russia");
		assertTrue(rowsInSight(similar) >= 3, rowsInSight(similar) + " similar events in sight");
		assertTrue(sum(similar) <= similar.getClientArea().width + 1, "every column of the similar events inside their table");
		columnsShowTheirTexts(similar, 0, similar.getItemCount(), 1);
	}

	private static Tree problemsTree(IViewPart problems) {
		return (Tree) ((Viewer) problems.getSite().getSelectionProvider()).getControl();
	}

	private static boolean descriptionTakesTheWidth(Tree tree) {
		int others = 0;
		for (TreeColumn column : tree.getColumns()) {
			others += column == tree.getColumn(0) ? 0 : column.getWidth();
		}
		return tree.getColumn(0).getWidth() >= tree.getClientArea().width - others - 1;
	}

	private static void problemsFit(Tree tree) {
		assertEquals("Description", tree.getColumn(0).getText());
		assertTrue(descriptionTakesTheWidth(tree), "the Description column takes the width the others leave");
		int others = 0;
		for (TreeColumn column : tree.getColumns()) {
			others += column.getWidth();
		}
		assertTrue(others <= tree.getClientArea().width + 1, "every column inside the view");
	}

	/** Each column at least as wide as its title and the texts of the given rows, but the one that takes the spare width. */
	private static void columnsShowTheirTexts(Table table, int first, int count, int... filling) {
		GC gc = new GC(table);
		try {
			for (int c = 0; c < table.getColumnCount(); c++) {
				TableColumn column = table.getColumn(c);
				int widest = gc.textExtent(column.getText()).x;
				if (Arrays.stream(filling).noneMatch(f -> f == column.getParent().indexOf(column))) {
					for (int row = first; row < Math.min(table.getItemCount(), first + count); row++) {
						TableItem item = table.getItem(row);
						widest = Math.max(widest, gc.textExtent(item.getText(c)).x);
					}
				}
				assertTrue(column.getWidth() >= widest + CELL_PADDING,
						"column " + column.getText() + " is " + column.getWidth() + " px for a text of " + widest + " px");
			}
		} finally {
			gc.dispose();
		}
	}

	private static int rowsInSight(Table table) {
		return (table.getSize().y - table.getHeaderHeight() - 2 * table.getBorderWidth()) / table.getItemHeight();
	}

	private static int sum(Table table) {
		return Arrays.stream(table.getColumns()).mapToInt(TableColumn::getWidth).sum();
	}

	private static org.eclipse.swt.widgets.Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}
}
