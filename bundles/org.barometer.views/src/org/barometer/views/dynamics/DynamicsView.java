package org.barometer.views.dynamics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.barometer.views.IssueEditors;
import org.barometer.views.archive.ArchiveSnapshot;
import org.barometer.views.archive.IssueArchive;
import org.barometer.views.layout.SashOrientation;
import org.barometer.views.model.DynamicsModel;
import org.barometer.views.model.IssueIndices;
import org.barometer.views.model.Series;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;

/**
 * The indices of every saved issue of the workspace in period order: each relationship's
 * aggregate index, and national security with regional tension over the colour scale's bands.
 * Follows the archive (saves, new issues); a click on a point opens that issue; both charts
 * export to PNG and SVG.
 */
public class DynamicsView extends ViewPart {

	public static final String ID = "org.barometer.views.dynamics";

	private final Consumer<ArchiveSnapshot> listener = this::archiveChanged;
	private IndexChart relationships;
	private IndexChart security;
	private volatile DynamicsModel model;
	private volatile ArchiveSnapshot shownSnapshot;
	private volatile long lastFillNanos;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		SashOrientation.follow(sash);
		relationships = new IndexChart(sash, "Foreign policy: aggregate indices", this::openIssue);
		security = new IndexChart(sash, "Security indices", this::openIssue);
		Action export = new Action("Export Charts\u2026") {
			@Override
			public void run() {
				exportWithDialog();
			}
		};
		export.setToolTipText("Save both charts as PNG and SVG into a folder");
		getViewSite().getActionBars().getToolBarManager().add(export);
		getViewSite().getActionBars().getMenuManager().add(export);
		IssueArchive.get().addListener(listener);
	}

	private void archiveChanged(ArchiveSnapshot snapshot) {
		Display display = getSite().getShell().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!relationships.chart().isDisposed()) {
					show(snapshot);
				}
			});
		}
	}

	/** Draws the snapshot's issues (UI thread). */
	public void show(ArchiveSnapshot snapshot) {
		long start = System.nanoTime();
		DynamicsModel newModel = new DynamicsModel(snapshot.issues());
		relationships.show(newModel, newModel.relationshipSeries(), List.of());
		security.show(newModel, newModel.securitySeries(), newModel.bands());
		model = newModel;
		shownSnapshot = snapshot;
		lastFillNanos = System.nanoTime() - start;
	}

	private void openIssue(int index) {
		IssueIndices issue = model.issues().get(index);
		IssueEditors.open(getSite().getPage(), issue.source(), -1, 0);
	}

	private void exportWithDialog() {
		DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
		dialog.setMessage("Folder for dynamics-foreign-policy and dynamics-security (.png and .svg)");
		String folder = dialog.open();
		if (folder == null) {
			return;
		}
		try {
			List<Path> written = export(Path.of(folder));
			MessageDialog.openInformation(getSite().getShell(), "Dynamics", "Written: "
					+ String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList()));
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), "Dynamics", "Cannot export the charts: " + e.getMessage());
		}
	}

	/** Writes each chart as PNG (as drawn) and SVG (from the same series); returns the files. UI thread. */
	public List<Path> export(Path folder) throws IOException {
		Files.createDirectories(folder);
		Path relationsPng = folder.resolve("dynamics-foreign-policy.png");
		Path relationsSvg = folder.resolve("dynamics-foreign-policy.svg");
		Path securityPng = folder.resolve("dynamics-security.png");
		Path securitySvg = folder.resolve("dynamics-security.svg");
		savePng(relationships, relationsPng);
		Files.writeString(relationsSvg, relationships.svg(), StandardCharsets.UTF_8);
		savePng(security, securityPng);
		Files.writeString(securitySvg, security.svg(), StandardCharsets.UTF_8);
		return List.of(relationsPng, relationsSvg, securityPng, securitySvg);
	}

	/** The chart rendered off screen, so that a covered or scrolled view still exports whole. */
	private static void savePng(IndexChart chart, Path file) {
		Point size = chart.chart().getSize();
		Image image = new Image(chart.chart().getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
		try {
			chart.chart().renderOffscreenImage(image);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
	}

	@Override
	public void setFocus() {
		relationships.chart().setFocus();
	}

	@Override
	public void dispose() {
		IssueArchive.get().removeListener(listener);
		super.dispose();
	}

	/** The model on screen (null before the archive's first snapshot). */
	public DynamicsModel model() {
		return model;
	}

	public ArchiveSnapshot shownSnapshot() {
		return shownSnapshot;
	}

	/** The series drawn in the foreign-policy chart, as SWTChart holds them. */
	public List<Series> relationshipSeries() {
		return relationships.series();
	}

	public List<Series> securitySeries() {
		return security.series();
	}

	/** The y values SWTChart holds for a series of either chart. */
	public double[] drawnValues(String seriesId) {
		for (IndexChart chart : List.of(relationships, security)) {
			var series = chart.chart().getSeriesSet().getSeries(seriesId);
			if (series != null) {
				return series.getYSeries();
			}
		}
		return null;
	}

	/** Both charts, for a test to check that titles, legends and plots fit. */
	public List<org.eclipse.swtchart.Chart> charts() {
		return List.of(relationships.chart(), security.chart());
	}

	/** The foreign-policy chart's plot, where the pointer hovers and clicks. */
	public org.eclipse.swt.widgets.Control foreignPolicyPlot() {
		return relationships.chart().getPlotArea().getControl();
	}

	/** Where the foreign-policy chart draws a series' point for an issue, in plot coordinates. */
	public Point pointPixel(int seriesIndex, int issueIndex) {
		return relationships.pixelOf(seriesIndex, issueIndex);
	}

	/** The tooltip at the point of a series' issue in the foreign-policy chart. */
	public String tooltipOfPoint(int seriesIndex, int issueIndex) {
		return relationships.tooltipAtPixel(relationships.pixelOf(seriesIndex, issueIndex));
	}

	/** Time to build the model and draw both charts for the last snapshot (nanoseconds). */
	public long lastFillNanos() {
		return lastFillNanos;
	}
}
