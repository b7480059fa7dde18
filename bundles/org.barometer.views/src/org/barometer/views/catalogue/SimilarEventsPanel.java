package org.barometer.views.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.barometer.views.model.CatalogueModel;
import org.barometer.views.layout.ColumnFit;
import org.barometer.views.model.CatalogueRow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** How events comparable with the selected one were scored in other issues: a summary line and the events, most alike first. */
final class SimilarEventsPanel {

	// few columns: beside the catalogue the panel is narrow, and the event's text matters most (most alike first)
	private static final String[] COLUMNS = { "Issue", "Event", "Score" };
	private static final int EVENT = 1;

	private final Label summary;
	private final Table table;
	private List<CatalogueModel.Similar> shown = List.of();

	SimilarEventsPanel(Composite parent, Consumer<CatalogueRow> open) {
		Composite panel = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		panel.setLayout(layout);
		summary = new Label(panel, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = new Table(panel, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (int i = 0; i < COLUMNS.length; i++) {
			TableColumn column = new TableColumn(table, i > EVENT ? SWT.RIGHT : SWT.LEFT);
			column.setText(COLUMNS[i]);
			ColumnFit.fit(column, List.of());
		}
		ColumnFit.fill(table, EVENT);
		table.addListener(SWT.DefaultSelection, event -> {
			int index = table.getSelectionIndex();
			if (index >= 0) {
				open.accept(shown.get(index).row());
			}
		});
	}

	void show(CatalogueModel model, CatalogueRow row) {
		table.removeAll();
		shown = row == null ? List.of() : model.similarTo(row);
		if (row == null) {
			summary.setText("Similar events: select an event to see how comparable events were scored in other issues.");
			return;
		}
		for (CatalogueModel.Similar similar : shown) {
			CatalogueRow other = similar.row();
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { other.issueLabel(), other.description(), other.scoresText() });
		}
		fitColumns();
		summary.setText(summaryOf(row, shown));
		summary.getParent().layout(true);
	}

	private void fitColumns() {
		for (int column = 0; column < COLUMNS.length; column++) {
			if (column != EVENT) {
				List<String> texts = new ArrayList<>();
				for (TableItem item : table.getItems()) {
					texts.add(item.getText(column));
				}
				ColumnFit.fit(table.getColumn(column), texts);
			}
		}
		ColumnFit.refill(table, EVENT);
	}

	/** "Scored +1 here; 4 comparable events in other issues: +1 ×3, +2 ×1." */
	static String summaryOf(CatalogueRow row, List<CatalogueModel.Similar> similar) {
		if (similar.isEmpty()) {
			return "Scored " + row.scoresText() + " here; no comparable event in other issues.";
		}
		Map<String, Integer> byScore = new TreeMap<>();
		similar.forEach(s -> byScore.merge(s.row().scoresText(), 1, Integer::sum));
		StringBuilder text = new StringBuilder("Scored " + row.scoresText() + " here; " + similar.size() + " comparable event"
				+ (similar.size() == 1 ? "" : "s") + " in other issues: ");
		byScore.forEach((score, count) -> text.append(score).append(" \u00d7").append(count).append(", "));
		return text.substring(0, text.length() - 2) + ".";
	}

	List<CatalogueModel.Similar> shown() {
		return shown;
	}

	Table table() {
		return table;
	}

	String summary() {
		return summary.getText();
	}
}
