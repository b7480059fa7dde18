package org.barometer.views.index;

import java.util.function.Consumer;

import org.barometer.editor.live.LiveDocument;
import org.barometer.editor.live.LiveSnapshot;
import org.barometer.views.model.BandView;
import org.barometer.views.model.IssueIndices;
import org.barometer.views.model.IssueIndicesReader;
import org.barometer.views.model.RelationshipFigures;
import org.barometer.views.model.SecurityFigures;
import org.barometer.views.model.StatedDifference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

/**
 * The indices of the issue in the active Barometer editor, as typed: each reconcile of the
 * editor publishes a parsed snapshot, whose figures are read on the reconciler's thread and
 * drawn here on the UI thread. Nothing is parsed or added up in the view.
 */
public class IndexView extends ViewPart {

	public static final String ID = "org.barometer.views.index";
	private static final String[] COLUMNS = { "Relationship", "Positive", "Negative", "Aggregate" };

	private EditorFollower follower;
	private LiveDocument live;
	private final Consumer<LiveSnapshot> listener = this::snapshotPublished;

	private ScrolledComposite scrolled;
	private Composite content;
	private Label heading;
	private Table table;
	private Label nationalValue;
	private Label regionalValue;
	private Label swatch;
	private Label bandName;
	private Label interpretation;
	private Label securityNotes;

	private volatile IssueIndices shown;
	private volatile LiveSnapshot shownSnapshot;
	private volatile long lastUpdateNanos;

	@Override
	public void createPartControl(Composite parent) {
		// the index folder is small: the figures scroll rather than squeeze the table to nothing
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		content = new Composite(scrolled, SWT.NONE);
		scrolled.setContent(content);
		createContent(content);
		follower = new EditorFollower(getSite().getPage(), this::follow);
		follower.start();
	}

	private void createContent(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		heading = new Label(parent, SWT.WRAP);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (String title : COLUMNS) {
			TableColumn column = new TableColumn(table, title.equals(COLUMNS[0]) ? SWT.LEFT : SWT.RIGHT);
			column.setText(title);
			column.setWidth(title.equals(COLUMNS[0]) ? 110 : 80);
		}
		Label legend = new Label(parent, SWT.NONE);
		legend.setText("\u2260 the figure the issue prints, where it differs");
		legend.setForeground(warning());
		createSecurity(parent);
	}

	private void createSecurity(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("Security");
		group.setLayout(new GridLayout(4, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(group, SWT.NONE).setText("National security");
		nationalValue = new Label(group, SWT.NONE);
		nationalValue.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		new Label(group, SWT.NONE).setText("Regional tension");
		regionalValue = new Label(group, SWT.NONE);
		regionalValue.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		swatch = new Label(group, SWT.BORDER);
		GridData swatchSize = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		swatchSize.widthHint = 28;
		swatchSize.heightHint = 16;
		swatch.setLayoutData(swatchSize);
		bandName = new Label(group, SWT.NONE);
		bandName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		interpretation = new Label(group, SWT.WRAP);
		GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
		wide.widthHint = 300;
		interpretation.setLayoutData(wide);
		securityNotes = new Label(group, SWT.WRAP);
		securityNotes.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
		securityNotes.setForeground(warning());
	}

	private void follow(LiveDocument document) {
		if (live != null) {
			live.removeListener(listener);
		}
		live = document;
		if (document == null) {
			show(null, null, 0);
		} else {
			heading.setText(document.file().getName() + ": waiting for the first parse…");
			document.addListener(listener);
		}
	}

	/** On the reconciler's thread: read the figures from the immutable snapshot, then draw them on the UI thread. */
	private void snapshotPublished(LiveSnapshot snapshot) {
		long received = System.nanoTime();
		IssueIndices indices = IssueIndicesReader.read(snapshot.resource());
		Display display = getSite().getShell().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!table.isDisposed() && live != null && live.latest() == snapshot) {
					show(snapshot, indices, received);
				}
			});
		}
	}

	private void show(LiveSnapshot snapshot, IssueIndices indices, long received) {
		table.setRedraw(false);
		try {
			table.removeAll();
			if (snapshot == null) {
				heading.setText("Open an issue in the Barometer editor to see its indices as you type.");
				showSecurity(null);
			} else if (indices == null) {
				heading.setText(live.file().getName() + " holds no issue (yet).");
				showSecurity(null);
			} else {
				heading.setText("Issue " + indices.label() + "\nas typed, parsed in " + snapshot.millis() + " ms");
				indices.relationships().forEach(this::addRow);
				showSecurity(indices.security());
			}
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
			((GridData) table.getLayoutData()).heightHint = table.getHeaderHeight() + Math.max(1, table.getItemCount()) * table.getItemHeight() + 4;
		} finally {
			table.setRedraw(true);
		}
		content.layout(true, true);
		scrolled.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		shown = indices;
		shownSnapshot = snapshot;
		lastUpdateNanos = received == 0 ? 0 : System.nanoTime() - received;
	}

	private void addRow(RelationshipFigures figures) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(0, figures.title());
		cell(item, 1, figures.positive(), figures.difference("positive"));
		cell(item, 2, figures.negative(), figures.difference("negative"));
		StatedDifference aggregate = figures.difference("aggregate");
		cell(item, 3, figures.aggregate(), aggregate != null ? aggregate : figures.difference("total"));
	}

	/** The computed figure; where the issue states another, that one beside it, marked. */
	private void cell(TableItem item, int column, int computed, StatedDifference stated) {
		item.setText(column, FigureText.of(computed, stated));
		if (stated != null) {
			item.setForeground(column, warning());
		}
	}

	private void showSecurity(SecurityFigures security) {
		if (security == null) {
			nationalValue.setText("");
			regionalValue.setText("");
			swatch.setBackground(null);
			bandName.setText("");
			interpretation.setText("");
			securityNotes.setText("");
			return;
		}
		nationalValue.setText(FigureText.of(security.national(), security.difference("national")));
		regionalValue.setText(FigureText.of(security.regional(), security.difference("regional")));
		BandView band = security.band();
		if (band != null) {
			int[] rgb = band.rgb();
			swatch.setBackground(new Color(rgb[0], rgb[1], rgb[2]));
			bandName.setText(band.name() + " (" + band.rangeText() + ")");
			interpretation.setText(band.interpretation());
		} else {
			swatch.setBackground(null);
			bandName.setText("no band");
			interpretation.setText("");
		}
		StringBuilder notes = new StringBuilder();
		if (security.bandProblem() != null) {
			notes.append(security.bandProblem()).append(". ");
		}
		if (security.statedColour() != null) {
			notes.append("The issue states the colour ").append(security.statedColour()).append(".");
		}
		securityNotes.setText(notes.toString().strip());
	}

	private Color warning() {
		return getSite().getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		if (follower != null) {
			follower.stop();
		}
		if (live != null) {
			live.removeListener(listener);
		}
		super.dispose();
	}

	/** The figures on screen, or null when no issue is shown. */
	public IssueIndices shown() {
		return shown;
	}

	/** The snapshot whose figures are on screen. */
	public LiveSnapshot shownSnapshot() {
		return shownSnapshot;
	}

	/** From the snapshot's publication to its figures drawn, for the last update (nanoseconds). */
	public long lastUpdateNanos() {
		return lastUpdateNanos;
	}

	/** The relationship rows as drawn: title, positive, negative, aggregate. */
	public String[][] rows() {
		String[][] rows = new String[table.getItemCount()][];
		for (int i = 0; i < rows.length; i++) {
			TableItem item = table.getItem(i);
			rows[i] = new String[] { item.getText(0), item.getText(1), item.getText(2), item.getText(3) };
		}
		return rows;
	}

	/** The regional tension line as drawn: value and band. */
	public String regionalText() {
		return regionalValue.getText() + " " + bandName.getText();
	}
}
