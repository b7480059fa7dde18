package org.barometer.views.layout;

import java.util.Collection;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Table columns sized to what they show: the short columns (issue, date, score) as wide as their
 * widest text, and one column (the event's description) given whatever width they leave, on
 * every resize, instead of the fixed widths that truncated it while the score had room to spare.
 */
public final class ColumnFit {

	/** Room around a cell's text (the cell's padding) and around a title (padding and the sort arrow). */
	private static final int CELL_PADDING = 16;
	private static final int TITLE_PADDING = 34;
	private static final int FILLING_MINIMUM = 120;
	/** Where a column keeps the width it was fitted to (GTK widens the last column to the table's edge by itself). */
	private static final String FITTED = ColumnFit.class.getName() + ".fitted";

	private ColumnFit() {
	}

	/** The width that shows the column's title and every one of the texts whole. */
	public static int widthOf(TableColumn column, Collection<String> texts) {
		GC gc = new GC(column.getParent());
		try {
			int widest = gc.textExtent(column.getText()).x + TITLE_PADDING;
			for (String text : texts) {
				widest = Math.max(widest, gc.textExtent(text).x + CELL_PADDING);
			}
			return widest;
		} finally {
			gc.dispose();
		}
	}

	/** Sizes a column to show its title and every one of the texts whole, and keeps that width for {@link #refill}. */
	public static void fit(TableColumn column, Collection<String> texts) {
		int width = widthOf(column, texts);
		column.setData(FITTED, width);
		column.setWidth(width);
	}

	/** From now on, the column takes the width the other columns leave in the table (at least a readable minimum). */
	public static void fill(Table table, int filling) {
		table.addListener(SWT.Resize, event -> refill(table, filling));
	}

	/** Gives the filling column what the others leave now (after they changed width). */
	public static void refill(Table table, int filling) {
		int others = 0;
		for (TableColumn column : table.getColumns()) {
			if (table.indexOf(column) != filling) {
				int fitted = column.getData(FITTED) instanceof Integer width ? width : column.getWidth();
				if (column.getWidth() != fitted) {
					column.setWidth(fitted);
				}
				others += fitted;
			}
		}
		int width = Math.max(FILLING_MINIMUM, table.getClientArea().width - others);
		TableColumn column = table.getColumn(filling);
		if (column.getWidth() != width) {
			column.setWidth(width);
		}
	}
}
