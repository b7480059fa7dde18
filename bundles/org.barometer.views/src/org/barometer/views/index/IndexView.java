package org.barometer.views.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

import org.barometer.editor.live.LiveDocument;
import org.barometer.editor.live.LiveSnapshot;
import org.barometer.model.FigureKind;
import org.barometer.views.model.BandView;
import org.barometer.views.model.IssueIndices;
import org.barometer.views.model.IssueIndicesReader;
import org.barometer.views.model.RelationshipFigures;
import org.barometer.views.model.SecurityFigures;
import org.barometer.views.model.StatedDifference;
import org.barometer.workspace.ProjectResources;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Control;
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
	private static final String NO_EVENTS = "no events yet";

	private EditorFollower follower;
	private LiveDocument live;
	private final Consumer<LiveSnapshot> listener = this::snapshotPublished;

	private ScrolledComposite scrolled;
	private Composite content;
	private Label heading;
	private Table table;
	private Composite security;
	private Label securityTitle;
	private Label nationalTitle;
	private Label nationalValue;
	private Label regionalTitle;
	private Label regionalValue;
	private BandSwatch swatch;
	private Label bandName;
	private Label interpretation;
	private Label notes;
	private String securityNotes = "";

	private volatile IssueIndices shown;
	private volatile LiveSnapshot shownSnapshot;
	private volatile long lastUpdateNanos;

	@Override
	public void createPartControl(Composite parent) {
		// a folder smaller than the figures scrolls them rather than squeezing the table to nothing
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		content = new Composite(scrolled, SWT.NONE);
		scrolled.setContent(content);
		createContent(content);
		scrolled.addListener(SWT.Resize, event -> fitContent());
		follower = new EditorFollower(getSite().getPage(), this::follow);
		follower.start();
	}

	/** Heading, table, then Security right under it; the longer texts last, where they may fall below the fold. */
	private void createContent(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 2;
		layout.verticalSpacing = 2;
		parent.setLayout(layout);
		heading = new Label(parent, SWT.NONE);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		// nothing to do with a chosen row, and a highlighted one hides the red of the figures that differ
		table.addListener(SWT.Selection, event -> table.deselectAll());
		for (String title : COLUMNS) {
			TableColumn column = new TableColumn(table, title.equals(COLUMNS[0]) ? SWT.LEFT : SWT.RIGHT);
			column.setText(title);
		}
		createSecurity(parent);
		notes = new Label(parent, SWT.WRAP);
		notes.setLayoutData(wrapping());
		notes.setForeground(warning());
	}

	private void createSecurity(Composite parent) {
		security = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(4, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		security.setLayout(layout);
		security.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		securityTitle = new Label(security, SWT.NONE);
		securityTitle.setText("Security");
		securityTitle.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		securityTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		nationalTitle = new Label(security, SWT.NONE);
		nationalTitle.setText("National security");
		nationalValue = new Label(security, SWT.NONE);
		nationalValue.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		regionalTitle = new Label(security, SWT.NONE);
		regionalTitle.setText("Regional tension");
		regionalValue = new Label(security, SWT.NONE);
		regionalValue.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		swatch = new BandSwatch(security);
		GridData swatchSize = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		swatchSize.widthHint = BandSwatch.size().x;
		swatchSize.heightHint = BandSwatch.size().y;
		swatch.control().setLayoutData(swatchSize);
		bandName = new Label(security, SWT.NONE);
		bandName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		interpretation = new Label(parent, SWT.WRAP);
		interpretation.setLayoutData(wrapping());
	}

	/** Wraps at the view's width (see fitContent) instead of widening it to the text's length. */
	private static GridData wrapping() {
		return new GridData(SWT.FILL, SWT.TOP, true, false);
	}

	/** Scrolls only what does not fit: never narrower than the table, the texts wrapped at the view's width. */
	private void fitContent() {
		int width = Math.max(scrolled.getClientArea().width, table.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
		scrolled.setMinSize(width, content.computeSize(width, SWT.DEFAULT).y);
	}

	private void follow(LiveDocument document) {
		if (live != null) {
			live.removeListener(listener);
		}
		live = document;
		if (document == null) {
			show(null, null, 0);
		} else {
			// shown while the issue is checked (it is drawn first): its number, from the text in the editor
			OptionalInt number = ProjectResources.issueNumber(document.document().get());
			heading.setText((number.isPresent() ? "Issue \u2116 " + number.getAsInt() : document.file().getName())
					+ ": computing the indices\u2026");
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
		List<String> figureNotes = new ArrayList<>();
		table.setRedraw(false);
		try {
			table.removeAll();
			if (snapshot == null) {
				heading.setText("Open an issue in the Barometer editor to see its indices as you type.");
				heading.setToolTipText(null);
				showSecurity(null);
			} else if (indices == null) {
				heading.setText(live.file().getName() + " holds no issue (yet).");
				heading.setToolTipText(null);
				showSecurity(null);
			} else {
				heading.setText("Issue " + indices.label());
				heading.setToolTipText("As typed, parsed in " + snapshot.millis() + " ms");
				indices.relationships().forEach(this::addRow);
				figureNotes.addAll(FigureNotes.of(indices.relationships()));
				showSecurity(indices.security());
			}
			fitColumns();
		} finally {
			table.setRedraw(true);
		}
		showNotes(figureNotes);
		content.layout(true, true);
		fitContent();
		shown = indices;
		shownSnapshot = snapshot;
		lastUpdateNanos = received == 0 ? 0 : System.nanoTime() - received;
	}

	/** Every column as wide as its widest text or title, the table exactly as tall as its rows. */
	private void fitColumns() {
		int width = 0;
		for (TableColumn column : table.getColumns()) {
			column.pack();
			width += column.getWidth();
		}
		GridData size = (GridData) table.getLayoutData();
		size.widthHint = width;
		size.heightHint = table.getHeaderHeight() + Math.max(1, table.getItemCount()) * table.getItemHeight();
	}

	private void addRow(RelationshipFigures figures) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(0, figures.title());
		if (figures.events() == 0 && figures.differences().isEmpty()) {
			// a new issue: its zeros are no index yet
			item.setText(3, NO_EVENTS);
			item.setForeground(3, getSite().getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			return;
		}
		cell(item, 1, figures.positive(), figures.difference(FigureKind.POSITIVE));
		cell(item, 2, figures.negative(), figures.difference(FigureKind.NEGATIVE));
		cell(item, 3, figures.aggregate(), figures.difference(FigureKind.AGGREGATE));
	}

	/** The computed figure; where the issue states another of the same kind, that one beside it, marked. */
	private void cell(TableItem item, int column, int computed, StatedDifference stated) {
		item.setText(column, FigureText.of(computed, stated));
		if (stated != null) {
			item.setForeground(column, warning());
		}
	}

	private void showSecurity(SecurityFigures figures) {
		if (figures == null) {
			securityTitle.setText("Security");
			nationalValue.setText("");
			regionalValue.setText("");
			swatch.show(null);
			bandName.setText("");
			interpretation.setText("");
			securityNotes = "";
			return;
		}
		securityTitle.setText(figures.events() == 0 ? "Security: " + NO_EVENTS : "Security");
		nationalTitle.setText(figures.nationalTitle());
		regionalTitle.setText(figures.regionalTitle());
		nationalValue.setText(FigureText.of(figures.national(), figures.difference(FigureKind.NATIONAL)));
		regionalValue.setText(FigureText.of(figures.regional(), figures.difference(FigureKind.REGIONAL)));
		BandView band = figures.band();
		if (band != null) {
			swatch.show(band.rgb());
			bandName.setText(band.name() + " (" + band.rangeText() + ")");
			interpretation.setText(band.interpretation());
		} else {
			swatch.show(null);
			bandName.setText("no band");
			interpretation.setText("");
		}
		StringBuilder text = new StringBuilder();
		if (figures.bandProblem() != null) {
			text.append(figures.bandProblem()).append(". ");
		}
		if (figures.statedColour() != null) {
			text.append("The issue states the colour ").append(figures.statedColour()).append(".");
		}
		securityNotes = text.toString().strip();
	}

	/** The figures without a cell of their own, the security notes, and what the \u2260 sign means when it is used. */
	private void showNotes(List<String> figureNotes) {
		List<String> lines = new ArrayList<>(figureNotes);
		if (!securityNotes.isEmpty()) {
			lines.add(securityNotes);
		}
		if (Arrays.stream(table.getItems()).anyMatch(IndexView::marked) || !figureNotes.isEmpty()
				|| nationalValue.getText().contains("\u2260") || regionalValue.getText().contains("\u2260")) {
			lines.add("\u2260 the figure the issue prints, where it differs");
		}
		notes.setText(String.join("\n", lines));
	}

	private static boolean marked(TableItem item) {
		for (int column = 1; column < COLUMNS.length; column++) {
			if (item.getText(column).contains("\u2260")) {
				return true;
			}
		}
		return false;
	}

	private Color warning() {
		return getSite().getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
	}

	@Override
	public void setFocus() {
		table.setFocus();
		table.deselectAll();
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

	/** The heading as drawn: the issue and its period, or what the view waits for. */
	public String headingText() {
		return heading.getText();
	}

	/** The regional tension line as drawn: value and band. */
	public String regionalText() {
		return regionalValue.getText() + " " + bandName.getText();
	}

	/** The Security part as drawn: its title, each index with its value, the band. */
	public String securityText() {
		return securityTitle.getText() + "\n" + nationalTitle.getText() + " " + nationalValue.getText() + "\n" + regionalTitle.getText()
				+ " " + regionalText();
	}

	/** The lines under the table and the Security part: figures without a cell of their own, band notes, the legend. */
	public String notesText() {
		return notes.getText();
	}

	/** The colour the swatch paints, or null when it paints none. */
	public RGB swatchColour() {
		return swatch.colour();
	}

	/** The swatch's widget, for a test to read what it draws. */
	public Control swatch() {
		return swatch.control();
	}

	/** The Security part's figures and band (the band's interpretation follows it), for a test to check they are in sight. */
	public Control securityPart() {
		return security;
	}

	/** The relationships' table, for a test to check that every column is in sight. */
	public Table table() {
		return table;
	}

	/** The scrolling area: what of the view is in sight without scrolling. */
	public ScrolledComposite scrolledArea() {
		return scrolled;
	}
}
