package org.barometer.studio.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.barometer.workbench.testing.UiThread;
import org.barometer.editor.live.LiveDocument;
import org.barometer.editor.live.LiveDocuments;
import org.barometer.studio.FolderOpener;
import org.barometer.workspace.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/** A copy of the examples opened as a Barometer project of the test workspace, and ways to look at it. */
final class StudioFixture {

	static final String ISSUE_18 = "issue-18-nov-dec-2020.barometer";

	private StudioFixture() {
	}

	static Path examples() {
		return Path.of(System.getProperty("barometer.examples", "../../examples"));
	}

	/** The examples' .barometer files copied to a new folder (its real path), not yet a project. */
	static Path examplesFolderCopy(String prefix) throws IOException {
		Path copy = Files.createTempDirectory(prefix).toRealPath();
		try (Stream<Path> files = Files.list(examples())) {
			for (Path file : files.filter(f -> f.toString().endsWith(".barometer")).toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}

	/** Copies the examples to a new folder and opens it as a project; waits for the first build. */
	static IProject openExamplesCopy() throws Exception {
		IProject project = FolderOpener.openAsProject(examplesFolderCopy("barometer-examples"), null);
		waitForBuild();
		return project;
	}

	static void waitForBuild() throws InterruptedException {
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
	}

	static void restore(IFile file) throws IOException, CoreException {
		byte[] original = Files.readAllBytes(examples().resolve(file.getName()));
		file.setContents(new java.io.ByteArrayInputStream(original), IResource.FORCE, null);
	}

	static ITextEditor open(IFile file) {
		return UiThread.ui(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			return (ITextEditor) IDE.openEditor(page, file, true);
		});
	}

	static void closeAll() {
		UiThread.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
	}

	static IDocument document(ITextEditor editor) {
		return UiThread.ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
	}

	static LiveDocument live(ITextEditor editor) {
		return LiveDocuments.of(document(editor));
	}

	/** The messages of the problem annotations the editor shows (from markers, live or built). */
	static List<String> annotationMessages(ITextEditor editor) {
		return UiThread.ui(() -> {
			IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
			List<String> messages = new ArrayList<>();
			model.getAnnotationIterator().forEachRemaining(annotation -> {
				if (annotation instanceof MarkerAnnotation marker && marker.getMarker().exists()) {
					messages.add(marker.getText());
				}
			});
			return messages;
		});
	}

	static List<IMarker> markers(IFile file) throws CoreException {
		return Arrays.asList(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO));
	}

	/** A file's problem markers as `line severity message`, comparable with {@link #publishedProblems}. */
	static Set<String> markedProblems(IFile file) throws CoreException {
		Set<String> problems = new TreeSet<>();
		for (IMarker marker : markers(file)) {
			String severity = marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR ? "error" : "warning";
			problems.add(marker.getAttribute(IMarker.LINE_NUMBER, -1) + " " + severity + " " + marker.getAttribute(IMarker.MESSAGE, ""));
		}
		return problems;
	}

	/** The diagnostics pinned for an example, as `line:col: severity: message [code]` lines. */
	static List<String> expectedDiagnostics(String fileName) throws IOException {
		return Files.readAllLines(examples().resolve("expected").resolve(fileName + ".diagnostics"), StandardCharsets.UTF_8)
				.stream().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
	}

	/** The problems pinned for an example as the builder marks them, `line severity message`. */
	static Set<String> publishedProblems(String fileName) throws IOException {
		return expectedDiagnostics(fileName).stream().map(StudioFixture::lineSeverityMessage)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	/** "5:33: error: Stated … [code]" → "5 error Stated …" */
	private static String lineSeverityMessage(String diagnostic) {
		String[] parts = diagnostic.split(": ", 3);
		String line = parts[0].split(":")[0];
		String message = parts[2].substring(0, parts[2].lastIndexOf(" ["));
		return line + " " + parts[1] + " " + message;
	}
}
