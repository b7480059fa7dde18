package org.barometer.views.tests;

import static org.barometer.views.tests.Workbench.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.barometer.model.Issue;
import org.barometer.studio.EditorialPerspective;
import org.barometer.studio.issues.IssuesView;
import org.barometer.views.archive.IssueArchive;
import org.barometer.views.catalogue.CatalogueView;
import org.barometer.views.dynamics.DynamicsView;
import org.barometer.views.index.IndexView;
import org.barometer.views.model.CatalogueRow;
import org.barometer.views.model.RelationshipFigures;
import org.barometer.workspace.IssueTemplates;
import org.barometer.workspace.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three views in a real workbench under Xvfb, on a copy of the examples. */
class ViewsWorkbenchTest {

	private static IProject project;
	private static IFile issue18;
	private static List<Issue> parsed;

	@BeforeAll
	static void openExamples() throws Exception {
		run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000));
		run(() -> PlatformUI.getWorkbench().showPerspective(EditorialPerspective.ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow()));
		project = openCopyOf(Examples.folder(), "barometer-views");
		issue18 = project.getFile(Examples.ISSUE_18);
		parsed = Examples.issues();
		IssueArchive.get().join();
	}

	@AfterEach
	void closeEditorsAndRestore() throws Exception {
		closeAllEditors();
		run(() -> {
			IWorkbenchPage page = page();
			for (IViewReference view : page.getViewReferences()) {
				if (page.getPartState(view) == IWorkbenchPage.STATE_MAXIMIZED) {
					page.setPartState(view, IWorkbenchPage.STATE_RESTORED);
				}
			}
		});
		byte[] original = Files.readAllBytes(Examples.folder().resolve(Examples.ISSUE_18));
		issue18.setContents(new ByteArrayInputStream(original), IResource.FORCE, null);
		waitForBuild();
	}

	@Test
	void theEditorialPerspectiveHasTheThreeViews() {
		List<String> ids = ui(() -> Arrays.stream(page().getViewReferences()).map(IViewReference::getId).toList());
		assertTrue(ids.containsAll(List.of(IndexView.ID, DynamicsView.ID, CatalogueView.ID)), ids.toString());
	}

	@Test
	void theIndexViewFollowsTyping() throws Exception {
		IndexView view = showView(IndexView.ID);
		ITextEditor editor = open(issue18);
		waitUntil("issue 18 in the Index view", PATIENCE, () -> view.shown() != null && view.shown().number() == 18);
		RelationshipFigures china = view.shown().relationship("China");
		assertEquals(Examples.section(Examples.issue(parsed, 18), "China").getAggregateIndex(), china.aggregate());
		String[] russiaRow = ui(() -> view.rows()[0]);
		assertEquals("+17 \u2260 +18", russiaRow[1], "the computed positive points, the printed ones beside them");
		assertTrue(ui(view::regionalText).contains("Yellow"), ui(view::regionalText));

		// China's first row: +1 becomes +3; nothing saved
		IDocument document = ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		String row = "\"Creation of the Belarus–China Working Group for Trade Facilitation\"  +1";
		int offset = ui(() -> document.get().indexOf(row)) + row.length() - 2;
		run(() -> document.replace(offset, 2, "+3"));
		int expected = china.aggregate() + 2;
		waitUntil("China's aggregate " + expected + " in the Index view", PATIENCE,
				() -> view.shown().relationship("China").aggregate() == expected);
		String[] chinaRow = ui(() -> view.rows()[2]);
		assertEquals("China", chinaRow[0]);
		assertEquals("+" + expected + " \u2260 +15", chinaRow[3], "the stated +15 now disagrees");
		assertTrue(ui(editor::isDirty), "the view read the typed text, not the file");
		// the outline shares the right column: out of the way, the index folder shows all the figures
		List<String> aside = List.of(IPageLayout.ID_OUTLINE, IssuesView.ID);
		run(() -> aside.forEach(id -> page().setPartState(page().findViewReference(id), IWorkbenchPage.STATE_MINIMIZED)));
		run(() -> editor.selectAndReveal(offset, 2));
		screenshot("index-view");
		run(() -> aside.forEach(id -> page().setPartState(page().findViewReference(id), IWorkbenchPage.STATE_RESTORED)));

		closeAllEditors();
		waitUntil("an empty Index view once the editor closes", PATIENCE, () -> view.shown() == null);
	}

	@Test
	void whileAnIssueIsCheckedTheIndexViewSaysSoInAnalystsWords() throws Exception {
		IndexView view = showView(IndexView.ID);
		// the first check waits until the text is drawn, which cannot happen within this UI task
		String heading = ui(() -> {
			IDE.openEditor(page(), issue18, true);
			return view.headingText();
		});

		assertEquals("Issue \u2116 18: computing the indices\u2026", heading);
		closeAllEditors();
	}

	@Test
	void theSwatchKeepsTheBandsColourWhenItsTabIsShownAgain() throws Exception {
		IndexView view = showView(IndexView.ID);
		open(issue18);
		waitUntil("issue 18 in the Index view", PATIENCE, () -> view.shown() != null && view.shown().number() == 18);
		DynamicsView other = showView(DynamicsView.ID);
		try {
			// the Dynamics tab beside the Indices tab, as it was in the first layout or as a user drags it
			run(() -> {
				MPlaceholder indices = view.getSite().getService(MPart.class).getCurSharedRef();
				MPlaceholder dynamics = other.getSite().getService(MPart.class).getCurSharedRef();
				view.getSite().getService(EModelService.class).move(dynamics, indices.getParent());
			});
			run(() -> page().activate(other));
			assertFalse(ui(() -> page().isPartVisible(view)), "the Dynamics tab covers the Indices");
			run(() -> page().activate(view));
			assertTrue(ui(() -> page().isPartVisible(view)));
			assertEquals(new RGB(0xFF, 0xFF, 0x00), ui(view::swatchColour), "Yellow, as the profile's band");
			assertEquals(new RGB(0xFF, 0xFF, 0x00), drawn(ui(view::swatch)), "the swatch draws the band's colour");
			assertTrue(ui(view::regionalText).contains("Yellow"), ui(view::regionalText));
		} finally {
			run(() -> page().resetPerspective());
		}
	}

	/**
	 * The colour a widget draws at its middle, as it paints itself with the theme's styling (read
	 * from the widget, not the screen: CI's screen is narrower than the window, and the swatch
	 * sits beyond its edge).
	 */
	private static RGB drawn(Control control) {
		return ui(() -> {
			Display display = control.getDisplay();
			while (display.readAndDispatch()) {
				// let pending restyling and repaints happen first
			}
			Point size = control.getSize();
			Image image = new Image(display, size.x, size.y);
			GC gc = new GC(image);
			try {
				assertTrue(control.print(gc), "the swatch can be drawn into an image");
				ImageData data = image.getImageData();
				return data.palette.getRGB(data.getPixel(size.x / 2, size.y / 2));
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
	}

	@Test
	void eachStatedFigureIsComparedWithItsOwnComputedFigure() throws Exception {
		IndexView view = showView(IndexView.ID);
		ITextEditor editor = open(issue18);
		waitUntil("issue 18 in the Index view", PATIENCE, () -> view.shown() != null && view.shown().number() == 18);
		int us = ui(() -> Arrays.asList(view.rows()).stream().map(r -> r[0]).toList().indexOf("U.S."));
		assertEquals("-16 \u2260 -14", ui(() -> view.rows()[us])[3], "the stated aggregate -14 against the computed -16");

		// the quick fix sets the stated aggregate to the computed -16; the Total row still prints -14
		IDocument document = ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		String stated = "stated aggregate -14 positive +6 negative -20 total -14";
		int offset = ui(() -> document.get().indexOf(stated));
		assertTrue(offset >= 0, "issue 18 states the U.S. figures");
		run(() -> document.replace(offset, "stated aggregate -14".length(), "stated aggregate -16"));
		waitUntil("the stated aggregate agrees", PATIENCE, () -> !view.rows()[us][3].contains("\u2260"));
		assertEquals("-16", ui(() -> view.rows()[us])[3], "the aggregate agrees with the aggregate");
		assertTrue(ui(view::notesText).contains("U.S.: the Total row prints -14, the events add up to -16."), ui(view::notesText));

		int total = ui(() -> document.get().indexOf("total -14", offset));
		run(() -> document.replace(total, "total -14".length(), "total -16"));
		waitUntil("the Total row agrees", PATIENCE, () -> !view.notesText().contains("U.S."));
		assertEquals("-16", ui(() -> view.rows()[us])[3]);
	}

	@Test
	void aNewIssueShowsItsRelationshipsWithoutEventsAndItsSecurityAtZero() throws Exception {
		IndexView view = showView(IndexView.ID);
		IFile next = project.getFile("issue-19-jan-feb-2021.barometer");
		String text = IssueTemplates.nextIssue(Examples.issue(parsed, 18));
		next.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		try {
			open(next);
			waitUntil("issue 19 in the Index view", PATIENCE, () -> view.shown() != null && view.shown().number() == 19);
			List<String[]> rows = Arrays.asList(ui(view::rows));
			assertEquals(List.of("Russia", "European Union", "China", "U.S.", "Ukraine"), rows.stream().map(r -> r[0]).toList(),
					"the profile's relationships, as the template writes them");
			for (String[] row : rows) {
				assertArrayEquals(new String[] { row[0], "", "", "no events yet" }, row, "no figures before the first event");
			}
			String security = ui(view::securityText);
			assertTrue(security.contains("Security: no events yet"), security);
			assertTrue(security.contains("National security 0"), security);
			assertTrue(security.contains("Regional tension 0 White (higher than -1)"), security);
			assertEquals(new RGB(0xFF, 0xFF, 0xFF), ui(view::swatchColour), "the band of 0, drawn framed");
		} finally {
			closeAllEditors();
			next.delete(true, null);
		}
	}

	@Test
	void theDynamicsViewChartsTheExamplesAndOpensAnIssueOnClick() throws Exception {
		DynamicsView view = showView(DynamicsView.ID);
		waitUntil("both issues in the Dynamics view", PATIENCE, () -> view.model() != null && view.model().issues().size() == 2);
		Issue first = Examples.issue(parsed, 17);
		Issue second = Examples.issue(parsed, 18);
		for (String relationship : List.of("Russia", "EU", "China", "US", "Ukraine")) {
			double[] expected = { Examples.section(first, relationship).getAggregateIndex(),
					Examples.section(second, relationship).getAggregateIndex() };
			assertArrayEquals(expected, ui(() -> view.drawnValues(relationship)), relationship);
		}
		assertArrayEquals(new double[] { first.getSecurity().getRegionalTensionIndex(), second.getSecurity().getRegionalTensionIndex() },
				ui(() -> view.drawnValues("regional")));

		run(() -> page().setPartState(page().findViewReference(DynamicsView.ID), IWorkbenchPage.STATE_MAXIMIZED));
		run(() -> view.foreignPolicyPlot().getDisplay().update());
		String tooltip = ui(() -> view.tooltipOfPoint(0, 1));
		assertTrue(tooltip.startsWith("Issue № 18 · November–December 2020 — Russia: "), tooltip);
		screenshot("dynamics-view");

		Path exports = Path.of(System.getProperty("barometer.exports", System.getProperty("java.io.tmpdir")));
		List<Path> written = ui(() -> view.export(exports));
		assertEquals(4, written.size());
		for (Path file : written) {
			assertTrue(Files.size(file) > 1000, file + " has content");
		}
		assertTrue(Files.readString(written.get(1)).contains("<polyline class=\"series\" id=\"Russia\""));

		run(() -> {
			Point point = view.pointPixel(0, 0);
			Event click = new Event();
			click.x = point.x;
			click.y = point.y;
			click.button = 1;
			view.foreignPolicyPlot().notifyListeners(SWT.MouseDown, click);
			view.foreignPolicyPlot().notifyListeners(SWT.MouseUp, click);
		});
		waitUntil("issue 17 open after a click on its point", PATIENCE, () -> page().getActiveEditor() != null
				&& page().getActiveEditor().getEditorInput().getName().equals(Examples.ISSUE_17));
	}

	@Test
	void theDynamicsViewFollowsANewIssue() throws Exception {
		DynamicsView view = showView(DynamicsView.ID);
		waitUntil("both issues in the Dynamics view", PATIENCE, () -> view.model() != null && view.model().issues().size() == 2);
		IFile next = project.getFile("issue-19-jan-feb-2021.barometer");
		String text = "issue 19 of MinskBarometer\nperiod January-February 2021\nrelationship Russia {\n  events\n    5 January \"A visit\" +2\n}\n";
		next.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		try {
			waitUntil("issue 19 in the Dynamics view", PATIENCE, () -> view.model().issues().size() == 3);
			assertEquals(19, view.model().issues().get(2).number(), "the latest period last");
			assertEquals(2.0, ui(() -> view.drawnValues("Russia"))[2]);
			assertTrue(Double.isNaN(ui(() -> view.drawnValues("EU"))[2]), "no EU section in issue 19");
		} finally {
			next.delete(true, null);
		}
		waitUntil("issue 19 gone again", PATIENCE, () -> view.model().issues().size() == 2);
	}

	@Test
	void theCatalogueViewFiltersSortsAndOpensAnEvent() throws Exception {
		CatalogueView view = showView(CatalogueView.ID);
		int events = parsed.stream().mapToInt(Examples::eventCount).sum();
		waitUntil("every event in the Catalogue view", PATIENCE, () -> view.itemCount() == events);

		run(() -> view.filterBar().text().setText("exercises"));
		List<CatalogueRow> rows = ui(view::visibleRows);
		assertTrue(rows.size() >= 4 && rows.size() < events, rows.size() + " rows");
		assertTrue(rows.stream().allMatch(r -> r.description().contains("exercises")));
		assertEquals(rows.size(), ui(view::itemCount));
		assertEquals(rows.size() + " of " + events + " events", ui(() -> view.filterBar().countText()));

		run(() -> {
			view.filterBar().period().select(view.filterBar().period().indexOf("November–December 2020"));
			view.filterBar().period().notifyListeners(SWT.Selection, new Event());
		});
		List<CatalogueRow> inPeriod = ui(view::visibleRows);
		assertTrue(inPeriod.stream().allMatch(r -> r.issueNumber() == 18) && !inPeriod.isEmpty());

		run(() -> view.sortBy(org.barometer.views.model.CatalogueColumn.EVENT, true));
		int index = ui(() -> view.visibleRows().stream().map(CatalogueRow::description).toList().indexOf("15 exercises of Russia"));
		assertTrue(index >= 0);
		assertEquals("15 exercises of Russia", ui(() -> view.rowTexts(index))[3]);
		run(() -> view.select(index));
		assertEquals("22 exercises of Russia", ui(view::similarShown).get(0).row().description());
		assertTrue(ui(view::similarSummary).startsWith("Scored 0 -1 here;"), ui(view::similarSummary));
		run(view::openSelected);
		waitUntil("issue 18 open at the event", PATIENCE, () -> page().getActiveEditor() instanceof ITextEditor editor
				&& editor.getEditorInput().getName().equals(Examples.ISSUE_18)
				&& ((ITextSelection) editor.getSelectionProvider().getSelection()).getText().contains("15 exercises of Russia"));

		// for the README: visits across both issues, and how issue 17 scored visits like Lavrov's
		run(() -> {
			view.filterBar().period().select(0);
			view.filterBar().period().notifyListeners(SWT.Selection, new Event());
			view.filterBar().text().setText("visit");
			view.sortBy(org.barometer.views.model.CatalogueColumn.ISSUE, true);
			view.select(view.visibleRows().stream().map(CatalogueRow::description).toList().indexOf("Lavrov’s visit to Minsk"));
			page().setPartState(page().findViewReference(CatalogueView.ID), IWorkbenchPage.STATE_MAXIMIZED);
		});
		assertTrue(ui(view::similarShown).stream().anyMatch(s -> s.row().description().equals("Mishustin’s visit to Minsk")));
		screenshot("catalogue-view");
		run(() -> view.filterBar().text().setText(""));
	}

	@Test
	void theBuilderNotesRussiasExercisesScoredDifferentlyInTheTwoIssues() throws Exception {
		IMarker[] notes = issue18.findMarkers(ProblemMarkers.SCORING_TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, notes.length, Arrays.stream(notes).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList().toString());
		assertEquals(IMarker.SEVERITY_INFO, notes[0].getAttribute(IMarker.SEVERITY, -1));
		assertEquals("Scored 0 -1 here; a near-identical event is scored 0 -2 in issue 17, security: \"22 exercises of Russia\".",
				notes[0].getAttribute(IMarker.MESSAGE, ""));
		IMarker[] inIssue17 = project.getFile(Examples.ISSUE_17).findMarkers(ProblemMarkers.SCORING_TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, inIssue17.length, "and the other event of the pair");
		assertNotNull(notes[0].getAttribute(IMarker.CHAR_START));
	}
}
