package org.barometer.studio.tests;

import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.barometer.editor.live.LiveSnapshot;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The markers of a file describe the text the user sees: the editor's when it is open with
 * unsaved changes, the saved file otherwise, whichever of live validation and the builder wrote them.
 */
class UnsavedTextMarkersTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);
	private static final String PROFILE = "minsk-barometer.barometer";
	private static final String ISSUE_17 = "issue-17-sep-oct-2020.barometer";
	private static final String CHINA_ROW = "\"Creation of the Belarus–China Working Group for Trade Facilitation\"  +1";
	private static final String CHINA_MISMATCH = "Stated aggregate index +15 differs from the computed +16.";
	private static IProject project;
	private static IFile issue18;
	private static IFile issue17;
	private static IFile profile;

	@BeforeAll
	static void openExamples() throws Exception {
		project = openExamplesCopy();
		issue18 = project.getFile(ISSUE_18);
		issue17 = project.getFile(ISSUE_17);
		profile = project.getFile(PROFILE);
	}

	@AfterEach
	void closeAndRestore() throws Exception {
		closeAll();
		restore(issue18);
		restore(issue17);
		restore(profile);
		waitForBuild();
	}

	@Test
	void aDirtyEditorKeepsItsLiveMarkersWhenAnotherFileIsSavedAndBuilt() throws Exception {
		ITextEditor editor = open(issue18);
		IDocument document = document(editor);
		editAboveAndBreakChinasTotal(editor, document);
		int statedLine = lineOf(ui(document::get), "stated aggregate +15");

		append(issue17, "\n// reviewed\n");
		waitForBuild();

		Set<String> markers = problems(issue18);
		assertTrue(markers.contains(statedLine + " error " + CHINA_MISMATCH), markers.toString());
		assertEquals(liveProblems(editor), markers, "the markers describe the editor's text, at its lines");
		assertTrue(annotationMessages(editor).contains(CHINA_MISMATCH));
	}

	@Test
	void closingADirtyEditorWithoutSavingLeavesTheSavedFilesMarkers() throws Exception {
		ITextEditor editor = open(issue18);
		editAboveAndBreakChinasTotal(editor, document(editor));
		assertNotEquals(publishedProblems(ISSUE_18), problems(issue18), "the unsaved text's markers");

		closeAll(); // without saving
		waitForBuild();

		Set<String> markers = problems(issue18);
		assertFalse(markers.stream().anyMatch(m -> m.endsWith(CHINA_MISMATCH)), markers.toString());
		assertEquals(publishedProblems(ISSUE_18), markers);
	}

	@Test
	void savingTheProfileRenewsTheLiveModelOfAnOpenIssueAtOnce() throws Exception {
		String outOfRange = "outside the profile's range -3 to +3";
		ITextEditor editor = open(issue18);
		waitUntil("the first live validation", PATIENCE, () -> live(editor).latest() != null);
		assertFalse(liveMessages(editor).stream().anyMatch(m -> m.contains(outOfRange)));

		// no keystroke in the issue: its outline and Index view read this live model
		setText(profile, text(profile).replace("scores from -4 to +4", "scores from -3 to +3"));
		waitUntil("the open issue's live model to follow the saved profile", PATIENCE,
				() -> liveMessages(editor).stream().anyMatch(m -> m.contains(outOfRange)));

		restore(profile);
		waitUntil("the live model to follow the restored profile", PATIENCE,
				() -> liveMessages(editor).stream().noneMatch(m -> m.contains(outOfRange)));
	}

	private static List<String> liveMessages(ITextEditor editor) {
		LiveSnapshot latest = live(editor).latest();
		return latest == null ? List.of() : latest.issues().stream().map(Issue::getMessage).toList();
	}

	@Test
	void savingTheProfileRevalidatesTheIssuesThatUseItClosedOrOpenWithUnsavedText() throws Exception {
		String outOfRange = "The score -4 is outside the profile's range -3 to +3.";
		ITextEditor editor = open(issue18);
		IDocument document = document(editor);
		run(() -> document.replace(0, 0, "// draft\n"));
		waitUntil("the live validation of the edited text", PATIENCE,
				() -> live(editor).latest() != null && live(editor).latest().text().startsWith("// draft\n"));
		String euRow = "\"Numerous negative materials in the official media and statements by the country’s leadership regarding the EU;";
		int euLineInEditor = lineOf(ui(document::get), euRow);
		int autumnLine = lineOf(text(issue17), "\"Numerous negative materials in the official media and statements by the country's leadership about the EU;");

		setText(profile, text(profile).replace("scores from -4 to +4", "scores from -3 to +3"));
		waitForBuild();
		assertTrue(problems(issue17).contains(autumnLine + " error " + outOfRange), problems(issue17).toString());
		assertTrue(problems(issue18).contains(euLineInEditor + " error " + outOfRange), problems(issue18).toString());
		assertTrue(annotationMessages(editor).contains(outOfRange));

		restore(profile);
		waitForBuild();
		assertFalse(problems(issue17).stream().anyMatch(m -> m.contains("outside the profile's range")), problems(issue17).toString());
		assertFalse(problems(issue18).stream().anyMatch(m -> m.contains("outside the profile's range")), problems(issue18).toString());
	}

	@Test
	void revertingAnEditedProfileRevalidatesTheIssuesAgainstTheSavedOne() throws Exception {
		String outOfRange = "The score +4 is outside the profile's range -3 to +3.";
		ITextEditor editor = open(profile);
		IDocument document = document(editor);
		String range = "scores from -4 to +4";
		int offset = ui(() -> document.get().indexOf(range));
		run(() -> document.replace(offset, range.length(), "scores from -3 to +3"));
		append(issue17, "\n// reviewed\n"); // a build, which reads the profile as edited
		waitForBuild();
		assertTrue(problems(issue18).stream().anyMatch(m -> m.endsWith(outOfRange)), problems(issue18).toString());

		run(editor::doRevertToSaved);
		waitForBuild();
		assertEquals(publishedProblems(ISSUE_18), problems(issue18));
	}

	/** A line above moves every offset of the saved text; China's first row +1 becomes +2, so its stated +15 no longer holds. */
	private static void editAboveAndBreakChinasTotal(ITextEditor editor, IDocument document) {
		run(() -> document.replace(0, 0, "// draft\n"));
		int offset = ui(() -> document.get().indexOf(CHINA_ROW)) + CHINA_ROW.length() - 2;
		run(() -> document.replace(offset, 2, "+2"));
		waitUntil("the live marker " + CHINA_MISMATCH, PATIENCE, () -> annotationMessages(editor).contains(CHINA_MISMATCH));
	}

	/** The file's problem markers as `line severity message`. */
	private static Set<String> problems(IFile file) throws CoreException {
		Set<String> problems = new TreeSet<>();
		for (IMarker marker : markers(file)) {
			String severity = switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
				case IMarker.SEVERITY_ERROR -> "error";
				case IMarker.SEVERITY_WARNING -> "warning";
				default -> "info";
			};
			problems.add(marker.getAttribute(IMarker.LINE_NUMBER, -1) + " " + severity + " " + marker.getAttribute(IMarker.MESSAGE, ""));
		}
		return problems;
	}

	/** The live validation's diagnostics of the editor's text, as `line severity message`. */
	private static Set<String> liveProblems(ITextEditor editor) {
		LiveSnapshot snapshot = live(editor).latest();
		return snapshot.issues().stream().filter(issue -> issue.getSeverity() != Severity.IGNORE)
				.map(issue -> issue.getLineNumber() + " " + issue.getSeverity().name().toLowerCase() + " " + issue.getMessage())
				.collect(Collectors.toCollection(TreeSet::new));
	}

	private static int lineOf(String text, String needle) {
		int offset = text.indexOf(needle);
		assertTrue(offset >= 0, needle);
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}

	private static String text(IFile file) throws Exception {
		try (var contents = file.getContents(true)) {
			return new String(contents.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void setText(IFile file, String text) throws CoreException {
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
	}

	private static void append(IFile file, String text) throws Exception {
		setText(file, text(file) + text);
	}
}
