package org.barometer.views.tests;

import static org.barometer.workbench.testing.UiThread.run;
import static org.barometer.workbench.testing.UiThread.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.barometer.studio.FolderOpener;
import org.barometer.workbench.testing.UiThread;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** The views tests' workbench: their project, editors and views (the UI thread is {@link UiThread}'s). */
final class Workbench {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static void waitForBuild() throws InterruptedException {
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
	}

	/** Copies the .barometer files of a folder to a new one and opens it as a Barometer project; waits for the build. */
	static IProject openCopyOf(Path folder, String prefix) throws Exception {
		Path copy = Files.createTempDirectory(prefix);
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".barometer")).toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		IProject project = FolderOpener.openAsProject(copy, null);
		waitForBuild();
		return project;
	}

	static ITextEditor open(IFile file) {
		return ui(() -> (ITextEditor) IDE.openEditor(page(), file, true));
	}

	@SuppressWarnings("unchecked")
	static <V extends IViewPart> V showView(String id) {
		return (V) ui(() -> page().showView(id));
	}

	static void closeAllEditors() {
		run(() -> page().closeAllEditors(false));
	}
}
