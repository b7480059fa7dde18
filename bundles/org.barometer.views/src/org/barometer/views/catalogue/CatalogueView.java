package org.barometer.views.catalogue;

import java.util.List;
import java.util.function.Consumer;

import org.barometer.views.IssueEditors;
import org.barometer.views.archive.ArchiveSnapshot;
import org.barometer.views.archive.IssueArchive;
import org.barometer.views.layout.ColumnFit;
import org.barometer.views.layout.SashOrientation;
import org.barometer.views.model.CatalogueColumn;
import org.barometer.views.model.CatalogueFilter;
import org.barometer.views.model.CatalogueModel;
import org.barometer.views.model.CatalogueRow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

/**
 * Every event of every saved issue in one table (virtual: only the rows on screen are made),
 * filtered by text, section, period and score, sorted by any column; double-click or Enter opens
 * the event in its editor. Below, the comparable events of the selected one in other issues.
 */
public class CatalogueView extends ViewPart {

	public static final String ID = "org.barometer.views.catalogue";

	private final Consumer<ArchiveSnapshot> listener = this::archiveChanged;
	private CatalogueFilterBar filterBar;
	private Table table;
	private SimilarEventsPanel similar;

	private CatalogueModel model = new CatalogueModel(List.of());
	private CatalogueFilter filter = CatalogueFilter.ANY;
	private CatalogueColumn sortColumn = CatalogueColumn.ISSUE;
	private boolean ascending = true;
	private List<CatalogueRow> visible = List.of();
	private volatile long lastFillNanos;

	@Override
	public void createPartControl(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 2;
		layout.verticalSpacing = 2;
		parent.setLayout(layout);
		filterBar = new CatalogueFilterBar(parent, this::setFilter);
		filterBar.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		SashOrientation.follow(sash);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table = new Table(sash, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (CatalogueColumn column : CatalogueColumn.values()) {
			TableColumn tableColumn = new TableColumn(table, column == CatalogueColumn.SCORE ? SWT.RIGHT : SWT.LEFT);
			tableColumn.setText(column.title());
			ColumnFit.fit(tableColumn, List.of());
			tableColumn.setData(column);
			tableColumn.addListener(SWT.Selection, event -> sortBy(column, tableColumn));
		}
		table.addListener(SWT.SetData, event -> {
			TableItem item = (TableItem) event.item;
			CatalogueRow row = visible.get(table.indexOf(item));
			for (CatalogueColumn column : CatalogueColumn.values()) {
				item.setText(column.ordinal(), column.text(row));
			}
		});
		ColumnFit.fill(table, CatalogueColumn.EVENT.ordinal());
		table.addListener(SWT.Selection, event -> similar.show(model, selected()));
		table.addListener(SWT.DefaultSelection, event -> openSelected());
		similar = new SimilarEventsPanel(sash, row -> IssueEditors.open(getSite().getPage(), row.source(), row.offset(), row.length()));
		sash.setWeights(2, 1);
		IssueArchive.get().addListener(listener);
	}

	private void archiveChanged(ArchiveSnapshot snapshot) {
		Display display = getSite().getShell().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!table.isDisposed()) {
					show(snapshot);
				}
			});
		}
	}

	/** Shows the snapshot's events under the current filter and order (UI thread). */
	public void show(ArchiveSnapshot snapshot) {
		long start = System.nanoTime();
		model = new CatalogueModel(snapshot.rows());
		fitColumns();
		filterBar.offer(model.sections(), model.periods(), model.scores());
		refill();
		similar.show(model, null);
		lastFillNanos = System.nanoTime() - start;
	}

	/** Applies a filter, as the filter bar does (UI thread). */
	public void setFilter(CatalogueFilter newFilter) {
		filter = newFilter;
		refill();
	}

	/** The short columns as wide as their widest text in the whole archive (so that filtering does not make them jump). */
	private void fitColumns() {
		for (CatalogueColumn column : CatalogueColumn.values()) {
			if (column != CatalogueColumn.EVENT) {
				ColumnFit.fit(table.getColumn(column.ordinal()), column.texts(model.rows()));
			}
		}
		ColumnFit.refill(table, CatalogueColumn.EVENT.ordinal());
	}

	private void sortBy(CatalogueColumn column, TableColumn tableColumn) {
		ascending = column != sortColumn || !ascending;
		sortColumn = column;
		table.setSortColumn(tableColumn);
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		refill();
	}

	/** Sorts by a column, as a click on its header does (UI thread). */
	public void sortBy(CatalogueColumn column, boolean up) {
		TableColumn tableColumn = table.getColumn(column.ordinal());
		sortColumn = column;
		ascending = up;
		table.setSortColumn(tableColumn);
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		refill();
	}

	private void refill() {
		visible = model.visible(filter, sortColumn, ascending);
		table.clearAll();
		table.setItemCount(visible.size());
		filterBar.count(visible.size(), model.rows().size());
	}

	private CatalogueRow selected() {
		int index = table.getSelectionIndex();
		return index < 0 || index >= visible.size() ? null : visible.get(index);
	}

	/** Selects a visible row, as a click does, and shows its comparable events (UI thread). */
	public void select(int index) {
		table.setSelection(index);
		table.showSelection();
		similar.show(model, selected());
	}

	/** Opens the selected event in its editor, its text selected. */
	public void openSelected() {
		CatalogueRow row = selected();
		if (row != null) {
			IssueEditors.open(getSite().getPage(), row.source(), row.offset(), row.length());
		}
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		IssueArchive.get().removeListener(listener);
		super.dispose();
	}

	/** The rows in the table's order under the current filter. */
	public List<CatalogueRow> visibleRows() {
		return visible;
	}

	/** The texts the table shows on a row (made on demand, as the virtual table does). */
	public String[] rowTexts(int index) {
		TableItem item = table.getItem(index);
		String[] texts = new String[CatalogueColumn.values().length];
		for (int i = 0; i < texts.length; i++) {
			texts[i] = item.getText(i);
		}
		return texts;
	}

	public int itemCount() {
		return table.getItemCount();
	}

	/** The comparable events listed for the selected row. */
	public List<CatalogueModel.Similar> similarShown() {
		return similar.shown();
	}

	public String similarSummary() {
		return similar.summary();
	}

	/** Time to build the model and fill the table for the last snapshot (nanoseconds). */
	public long lastFillNanos() {
		return lastFillNanos;
	}

	/** The events' table, for a test to check its columns. */
	public Table table() {
		return table;
	}

	/** The similar events' table, for a test to check its columns and height. */
	public Table similarTable() {
		return similar.table();
	}

	/** The filter bar's controls, for a test to type into. */
	public CatalogueFilterBar filterBar() {
		return filterBar;
	}
}
