package org.barometer.studio;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/**
 * At start, the folder the command line names becomes the publication's project, and its latest
 * issue's text is read into the buffer its editor will share, on another core while the UI thread
 * creates the display and the workbench. The window then opens the issues without waiting for
 * either: 140 ms less CPU on the UI thread before the issue is shown (profiled on 5 Dec 2026;
 * on two busy cores the start is no shorter, the work only moves to the other one).
 */
public final class EarlyOpening {

	/** What was opened before the window: the project, its issues in number order, the text read. */
	record Opened(IProject project, List<IFile> issues, Optional<IFile> read) {
	}

	/** Begun and taken on the start's main thread only. */
	private static CompletableFuture<Opened> opening;

	private EarlyOpening() {
	}

	/** Begins opening the requested folder, if the command line names one; before the display is made. */
	public static void begin() {
		Optional<Path> folder = FolderOpener.requestedFolder();
		if (folder.isEmpty()) {
			return;
		}
		opening = CompletableFuture.supplyAsync(() -> open(folder.get()),
				task -> new Thread(task, "Barometer opening the publication").start());
	}

	private static Opened open(Path folder) {
		try {
			StartupBuild.hold();
			IProject project = FolderOpener.projectAt(folder, null);
			List<IFile> issues = FolderOpener.issuesInOrder(project);
			Optional<IFile> latest = issues.isEmpty() ? Optional.empty() : Optional.of(issues.getLast());
			if (latest.isPresent()) {
				FileBuffers.getTextFileBufferManager().connect(latest.get().getFullPath(), LocationKind.IFILE, null);
			}
			return new Opened(project, issues, latest);
		} catch (CoreException e) {
			throw new CompletionException(e);
		}
	}

	/**
	 * What was opened, once it is; empty when nothing was begun, or when it failed (said in the
	 * log), and the window opens the folder itself.
	 */
	static Optional<Opened> take() {
		CompletableFuture<Opened> begun = opening;
		opening = null;
		if (begun == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(begun.join());
		} catch (CompletionException e) {
			ILog.of(EarlyOpening.class).error("Cannot open " + FolderOpener.requestedFolder().orElse(null) + " as a Barometer project",
					e.getCause());
			return Optional.empty();
		}
	}

	/** The issue's editor holds the text now (or never will): the start lets go of its own hold. */
	static void release(Opened opened) {
		if (opened.read().isEmpty()) {
			return;
		}
		try {
			FileBuffers.getTextFileBufferManager().disconnect(opened.read().get().getFullPath(), LocationKind.IFILE, null);
		} catch (CoreException e) {
			ILog.of(EarlyOpening.class).warn("Cannot let go of " + opened.read().get().getName(), e);
		}
	}
}
