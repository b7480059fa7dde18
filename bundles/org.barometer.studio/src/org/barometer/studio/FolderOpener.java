package org.barometer.studio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.barometer.editor.BarometerEditorPlugin;
import org.barometer.editor.FirstPaint;
import org.barometer.workspace.BarometerNature;
import org.barometer.workspace.OpeningBuild;
import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.part.FileEditorInput;

/**
 * `./barometer studio DIR` starts the studio with -Dbarometer.open=DIR: that folder becomes a
 * Barometer project of the workspace (in place, nothing is copied) and its issues open in
 * editors, the latest in front, so a reviewer sees the markers at once.
 */
public final class FolderOpener {

	public static final String PROPERTY = "barometer.open";

	/** A window never drawn at start (minimised) still checks its publication after this. */
	static final Duration SHOWN_LIMIT = Duration.ofSeconds(3);

	private FolderOpener() {
	}

	/**
	 * At start, by the studio's window advisor while the window is being created: the folder the
	 * command line names, opened as a publication, its issues already in the window when it is
	 * first shown (one layout and paint, not an empty window and then the issue); the project and
	 * the latest issue's text come from {@link EarlyOpening} when it has begun. What can wait
	 * starts once the latest issue's text is on screen: {@code thenShown} (the language made
	 * ready), and the publication's first check.
	 */
	public static void openRequestedFolder(IWorkbenchWindow window, Runnable thenShown) {
		Optional<EarlyOpening.Opened> early = EarlyOpening.take();
		Optional<Path> folder = requestedFolder();
		IWorkbenchPage page = window.getActivePage();
		if (folder.isEmpty() || page == null) {
			early.ifPresent(EarlyOpening::release);
			StartupBuild.release();
			afterWindowPainted(window, thenShown);
			return;
		}
		IProject project = early.map(EarlyOpening.Opened::project).orElse(null);
		try {
			if (early.isPresent()) {
				openIssues(page, early.get().issues());
			} else {
				StartupBuild.hold();
				project = projectAt(folder.get(), null);
				openIssues(page, project);
			}
		} catch (CoreException e) {
			logCannotOpen(folder.get(), e);
		} finally {
			early.ifPresent(EarlyOpening::release); // the latest issue's editor, if any, holds its text now
		}
		IProject opened = project;
		Runnable afterShown = () -> {
			StartupProbe.editorsAreOpen();
			// out of the paint: the check and the language start once this paint is done
			window.getShell().getDisplay().asyncExec(() -> {
				StartupBuild.release();
				if (opened != null) {
					OpeningBuild.start(opened);
				}
				thenShown.run();
			});
		};
		IEditorPart front = page.getActiveEditor();
		if (front == null) {
			afterWindowPainted(window, afterShown);
		} else {
			FirstPaint.then(front.getAdapter(Control.class), SHOWN_LIMIT, afterShown);
		}
	}

	/** Said in the studio's log when the requested folder cannot become a publication's project. */
	static void logCannotOpen(Path folder, Throwable cause) {
		ILog.of(FolderOpener.class).error("Cannot open " + folder + " as a Barometer project", cause);
	}

	/** The folder the command line names (-Dbarometer.open), when it is one. */
	static Optional<Path> requestedFolder() {
		String folder = System.getProperty(PROPERTY);
		if (folder == null || folder.isBlank() || !Files.isDirectory(Path.of(folder))) {
			return Optional.empty();
		}
		return Optional.of(Path.of(folder).toAbsolutePath().normalize());
	}

	/** Runs the task once the window is open and the event loop has turned, its paints done. */
	private static void afterWindowPainted(IWorkbenchWindow window, Runnable task) {
		window.getShell().getDisplay().asyncExec(() -> {
			if (!window.getShell().isDisposed()) {
				window.getShell().update();
			}
			task.run();
		});
	}

	/**
	 * The project whose location is the folder, created (with the Barometer nature) when there is
	 * none; its build starts at once ({@link OpeningBuild}).
	 */
	public static IProject openAsProject(Path folder, IProgressMonitor monitor) throws CoreException {
		IProject project = projectAt(folder, monitor);
		OpeningBuild.start(project);
		return project;
	}

	/** The folder's project, open and with the Barometer nature, in one workspace change (one notification). */
	static IProject projectAt(Path folder, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IPath location = IPath.fromPath(folder);
		IProject[] result = new IProject[1];
		workspace.run(progress -> {
			for (IProject existing : workspace.getRoot().getProjects()) {
				if (location.equals(existing.getLocation())) {
					existing.open(progress);
					BarometerNature.addTo(existing, progress);
					result[0] = existing;
					return;
				}
			}
			IProject project = unusedProject(workspace, folder.getFileName() == null ? "Publication" : folder.getFileName().toString());
			IProjectDescription description = workspace.newProjectDescription(project.getName());
			description.setLocation(location);
			BarometerNature.describe(description);
			project.create(description, progress);
			project.open(progress);
			BarometerNature.addTo(project, progress); // when the folder's own .project (read on create) had no nature
			result[0] = project;
		}, workspace.getRoot(), IWorkspace.AVOID_UPDATE, monitor);
		return result[0];
	}

	/** A project of that name, or "name (2)", "name (3)"... when another folder has the name already. */
	private static IProject unusedProject(IWorkspace workspace, String name) {
		IProject project = workspace.getRoot().getProject(name);
		for (int i = 2; project.exists(); i++) {
			project = workspace.getRoot().getProject(name + " (" + i + ")");
		}
		return project;
	}

	/**
	 * Opens the project's issues as editor tabs in number order, the latest in front. Only that
	 * one is created now; the others are created when their tab is first shown, as the platform
	 * does with the editors it restores, so the studio is ready without building editors nobody
	 * looks at yet.
	 */
	public static IEditorReference[] openIssues(IWorkbenchPage page, IProject project) throws CoreException {
		return openIssues(page, issuesInOrder(project));
	}

	private static IEditorReference[] openIssues(IWorkbenchPage page, List<IFile> issues) throws CoreException {
		if (issues.isEmpty()) {
			return new IEditorReference[0];
		}
		IEditorInput[] inputs = new IEditorInput[issues.size()];
		String[] editorIds = new String[issues.size()];
		for (int i = 0; i < inputs.length; i++) {
			inputs[i] = new FileEditorInput(issues.get(i));
			// the issue editor by its id: asking the IDE's registry costs the start its messages and lookups
			editorIds[i] = BarometerEditorPlugin.ISSUE_EDITOR;
		}
		return page.openEditors(inputs, editorIds, null, IWorkbenchPage.MATCH_INPUT, inputs.length - 1);
	}

	/** The project's issues in number order (then by name), the latest last. */
	static List<IFile> issuesInOrder(IProject project) throws CoreException {
		Map<IFile, Integer> numbers = new HashMap<>();
		for (IResource member : project.members()) {
			if (member instanceof IFile file) {
				ProjectResources.issueNumber(file).ifPresent(number -> numbers.put(file, number));
			}
		}
		List<IFile> issues = new ArrayList<>(numbers.keySet());
		issues.sort(Comparator.comparing((IFile file) -> numbers.get(file)).thenComparing(IFile::getName));
		return issues;
	}
}
