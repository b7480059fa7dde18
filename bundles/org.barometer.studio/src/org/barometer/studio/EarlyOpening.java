package org.barometer.studio;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/**
 * At start, the folder the command line names becomes the publication's project, and its latest
 * issue's text is read into the buffer its editor will share, on another core while the UI thread
 * makes the workbench. The window then opens the issues without waiting for
 * either: 140 ms less CPU on the UI thread before the issue is shown (profiled on 5 Dec 2026;
 * on two busy cores the start is no shorter, the work only moves to the other one).
 */
public final class EarlyOpening {

	/** What was opened before the window: the project and its issues in number order, the latest read. */
	record Opened(IProject project, List<IFile> issues) {

		Optional<IFile> latest() {
			return issues.isEmpty() ? Optional.empty() : Optional.of(issues.getLast());
		}
	}

	/** Begun before the workbench, taken once by the window. */
	private static final AtomicReference<CompletableFuture<Opened>> opening = new AtomicReference<>();

	private EarlyOpening() {
	}

	/** Begins opening the requested folder, if the command line names one; before the workbench is made. */
	public static void begin() {
		Optional<Path> folder = FolderOpener.requestedFolder();
		if (folder.isEmpty()) {
			return;
		}
		opening.set(CompletableFuture.supplyAsync(() -> open(folder.get()),
				task -> new Thread(task, "Barometer opening the publication").start()));
	}

	private static Opened open(Path folder) {
		try {
			StartupBuild.hold();
			IProject project = FolderOpener.projectAt(folder, null);
			Opened opened = new Opened(project, FolderOpener.issuesInOrder(project));
			if (opened.latest().isPresent()) {
				FileBuffers.getTextFileBufferManager().connect(opened.latest().get().getFullPath(), LocationKind.IFILE, null);
			}
			return opened;
		} catch (CoreException e) {
			throw new CompletionException(e);
		}
	}

	/**
	 * What was opened, once it is; empty when nothing was begun, or when it failed (said in the
	 * log), and the window opens the folder itself.
	 */
	static Optional<Opened> take() {
		CompletableFuture<Opened> begun = opening.getAndSet(null);
		if (begun == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(begun.join());
		} catch (CompletionException e) {
			FolderOpener.logCannotOpen(FolderOpener.requestedFolder().orElse(null), e.getCause());
			return Optional.empty();
		}
	}

	/** The issue's editor holds the text now (or never will): the start lets go of its own hold. */
	static void release(Opened opened) {
		if (opened.latest().isEmpty()) {
			return;
		}
		IFile latest = opened.latest().get();
		try {
			FileBuffers.getTextFileBufferManager().disconnect(latest.getFullPath(), LocationKind.IFILE, null);
		} catch (CoreException e) {
			ILog.of(EarlyOpening.class).warn("Cannot let go of " + latest.getName(), e);
		}
	}
}
