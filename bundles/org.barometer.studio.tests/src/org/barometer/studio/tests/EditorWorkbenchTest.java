package org.barometer.studio.tests;

import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.barometer.editor.assist.BarometerContentAssistProcessor;
import org.barometer.editor.outline.BarometerOutlinePage;
import org.barometer.lang.ide.outline.OutlineNode;
import org.barometer.workspace.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.IDocumentProviderExtension3;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;

/** The editor in a real workbench under Xvfb: markers, quick fix, content assist, outline, save and revert. */
class EditorWorkbenchTest extends ExamplesCopyTest {

	@Test
	void theBuilderMarksThePublishedInconsistencies() throws Exception {
		assertEquals(publishedProblems(ISSUE_18), markedProblems(issue18));
	}

	@Test
	void typingAScoreThatBreaksATotalShowsAMarkerThenTheQuickFixMendsIt() throws Exception {
		ITextEditor editor = open(issue18);
		waitUntil("the first live validation", PATIENCE, () -> live(editor).latest() != null);
		String expectedMessage = "Stated aggregate index +15 differs from the computed +16.";
		assertFalse(annotationMessages(editor).contains(expectedMessage));

		// China's first row: +1 becomes +2, so its stated +15 no longer holds
		IDocument document = document(editor);
		String row = "\"Creation of the Belarus–China Working Group for Trade Facilitation\"  +1";
		int offset = ui(() -> document.get().indexOf(row)) + row.length() - 2;
		run(() -> document.replace(offset, 2, "+2"));
		waitUntil("a marker in the editor: " + expectedMessage, PATIENCE, () -> annotationMessages(editor).contains(expectedMessage));
		screenshot("editor-live-marker");

		run(() -> editor.doSave(null));
		waitForBuild();
		List<IMarker> saved = markers(issue18).stream()
				.filter(m -> expectedMessage.equals(m.getAttribute(IMarker.MESSAGE, null))).toList();
		assertEquals(1, saved.size(), "after save, the Problems view's marker");
		run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW));
		screenshot("problems-view");

		IMarker marker = saved.get(0);
		assertEquals("org.barometer.lang.statedFigureMismatch", ProblemMarkers.code(marker));
		IMarkerResolution[] resolutions = ui(() -> IDE.getMarkerHelpRegistry().getResolutions(marker));
		IMarkerResolution replace = Arrays.stream(resolutions).filter(r -> r.getLabel().contains("+16")).findFirst()
				.orElseThrow(() -> new AssertionError("no quick fix offering +16: "
						+ Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList()));
		run(() -> replace.run(marker));
		assertTrue(ui(document::get).contains("stated aggregate +16 "), "the quick fix wrote the computed figure");
		waitUntil("the marker to go", PATIENCE, () -> !annotationMessages(editor).contains(expectedMessage));
	}

	@Test
	void contentAssistProposesMonthsAfterADaySignedScoresAfterADescriptionAndAnEventTemplate() throws Exception {
		IFile scratch = project.getFile("scratch.barometer");
		String head = "issue 99 of MinskBarometer\nperiod November-December 2020\nrelationship Russia {\n  events\n";
		scratch.create(new ByteArrayInputStream((head + "}\n").getBytes(StandardCharsets.UTF_8)), true, null);
		try {
			ITextEditor editor = open(scratch);
			IDocument document = document(editor);
			int row = head.length();

			run(() -> document.replace(row, 0, "    5 \n"));
			List<String> atDate = popupProposals(editor, row + "    5 ".length(), "content-assist-date");
			assertTrue(atDate.containsAll(List.of("5 November", "5 December")), atDate.toString());

			run(() -> document.replace(row, "    5 \n".length(), "    5 November \"Meeting\" \n"));
			List<String> atScore = popupProposals(editor, row + "    5 November \"Meeting\" ".length(), null);
			assertTrue(atScore.containsAll(List.of("+1", "-1", "0")), atScore.toString());

			run(() -> document.replace(row, 0, "    \n"));
			int rowStart = row + "    ".length();
			List<String> atRowStart = popupProposals(editor, rowStart, "content-assist-template");
			assertTrue(atRowStart.contains("New event"), atRowStart.toString());
			ICompletionProposal template = ui(() -> Arrays.stream(new BarometerContentAssistProcessor()
					.computeCompletionProposals((ITextViewer) editor.getAdapter(ITextOperationTarget.class), rowStart))
					.filter(p -> p.getDisplayString().startsWith("New event")).findFirst().orElseThrow());
			run(() -> template.apply(document));
			assertTrue(ui(document::get).contains("    1 November \"Event\" ?\n    5 November"), ui(document::get));
			Point selection = ui(() -> template.getSelection(document));
			assertEquals("1 November", ui(() -> document.get(selection.x, selection.y)), "the first field is selected for typing over");
		} finally {
			closeAll();
			scratch.delete(true, null);
		}
	}

	@Test
	void outlineShowsTheSectionsWithTheirComputedIndices() throws Exception {
		ITextEditor editor = open(issue18);
		run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_OUTLINE));
		waitUntil("the outline to fill", PATIENCE, () -> outline() != null && !outline().roots().isEmpty());
		// the letter has a node of its own before the sections, and each section one for its text before its events
		List<String> all = ui(() -> outline().roots().get(0).children().stream().map(n -> n.label()).toList());
		assertTrue(all.get(0).startsWith("Letter  Dear readers! We are glad"), all.toString());
		List<String> sections = all.subList(1, all.size());
		assertEquals(6, sections.size(), sections.toString());
		assertTrue(sections.get(0).startsWith("Russia") && sections.get(0).contains("+14"), sections.toString());
		assertTrue(sections.get(2).startsWith("China") && sections.get(2).contains("+15"), sections.toString());
		assertTrue(sections.get(5).contains("Yellow"), sections.toString());
		int russiaEvents = ui(() -> (int) outline().roots().get(0).children().get(1).children().stream()
				.filter(n -> n.kind().equals(OutlineNode.EVENT)).count());
		assertEquals(18, russiaEvents, "Russia's catalogue has 18 rows");
		screenshot("editor-outline");
		assertNotNull(editor);
	}

	@Test
	void dirtySaveAndRevert() throws Exception {
		ITextEditor editor = open(issue18);
		IDocument document = document(editor);
		String saved = ui(document::get);
		run(() -> document.replace(0, 0, "// reviewed\n"));
		assertTrue(ui(editor::isDirty));
		run(editor::doRevertToSaved);
		assertFalse(ui(editor::isDirty));
		assertEquals(saved, ui(document::get));

		run(() -> document.replace(0, 0, "// reviewed\n"));
		run(() -> editor.doSave(null));
		assertFalse(ui(editor::isDirty));
		assertTrue(new String(issue18.getContents().readAllBytes(), StandardCharsets.UTF_8).startsWith("// reviewed\n"));
	}

	@Test
	void anExternalChangeWhileDirtyDoesNotLoseTheUsersText() throws Exception {
		ITextEditor editor = open(issue18);
		IDocument document = document(editor);
		run(() -> document.replace(0, 0, "// my unsaved note\n"));
		byte[] external = "// changed by someone else\nissue 18 of MinskBarometer\nperiod November-December 2020\n"
				.getBytes(StandardCharsets.UTF_8);
		issue18.setContents(new ByteArrayInputStream(external), IResource.FORCE, null);
		sleep(500);
		assertTrue(ui(document::get).startsWith("// my unsaved note\n"), "the user's text is still in the editor");
		assertTrue(ui(editor::isDirty), "and still unsaved, for the user to decide");
		assertFalse(ui(() -> ((IDocumentProviderExtension3) editor.getDocumentProvider()).isSynchronized(editor.getEditorInput())),
				"the editor knows the file changed underneath");
		assertEquals(new String(external, StandardCharsets.UTF_8),
				new String(issue18.getContents().readAllBytes(), StandardCharsets.UTF_8), "nothing was written over the file");
	}

	private static BarometerOutlinePage outline() {
		var view = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(IPageLayout.ID_OUTLINE);
		return view instanceof ContentOutline outline && outline.getCurrentPage() instanceof BarometerOutlinePage page ? page : null;
	}

	/** Puts the caret at the offset, asks the editor for content assist (Ctrl+Space) and reads the popup's list. */
	private static List<String> popupProposals(ITextEditor editor, int offset, String screenshot) {
		run(() -> {
			editor.setFocus();
			editor.selectAndReveal(offset, 0);
			((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		});
		AtomicReference<List<String>> shown = new AtomicReference<>();
		AtomicReference<Shell> popup = new AtomicReference<>();
		waitUntil("the content assist popup", PATIENCE, () -> {
			for (Shell shell : display().getShells()) {
				if (shell.isVisible() && shell.getChildren().length > 0 && shell.getChildren()[0] instanceof Table table
						&& table.getItemCount() > 0) {
					List<String> items = Arrays.stream(table.getItems()).map(item -> item.getText().split(" — ")[0]).toList();
					if (items.stream().noneMatch(item -> item.startsWith("Computing proposals"))) {
						shown.set(items);
						popup.set(shell);
						return true;
					}
				}
			}
			return false;
		});
		if (screenshot != null) {
			sleep(300); // the list is filled; let Xvfb paint it
			screenshot(screenshot);
		}
		run(() -> popup.get().close());
		return shown.get();
	}
}
