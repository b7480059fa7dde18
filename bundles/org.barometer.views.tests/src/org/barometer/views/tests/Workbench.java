package org.barometer.views.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.barometer.studio.FolderOpener;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The tests run beside the UI thread (useUIThread=false): they drive the workbench through
 * {@link #ui} and wait for the reconciler, the builder, the archive and repaints with {@link #waitUntil}.
 */
final class Workbench {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	private Workbench() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static <T> T ui(Callable<T> action) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(action.call());
			} catch (Throwable e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw new AssertionError("on the UI thread: " + failure.get(), failure.get());
		}
		return result.get();
	}

	interface ThrowingRunnable {
		void run() throws Exception;
	}

	static void run(ThrowingRunnable action) {
		ui(() -> {
			action.run();
			return null;
		});
	}

	/** Polls the condition on the UI thread until it holds; fails with the description after the timeout. */
	static void waitUntil(String description, Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (ui(condition::getAsBoolean)) {
				return;
			}
			sleep(20);
		}
		throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for: " + description);
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
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

	/** Saves a PNG of the workbench window, for the README and for a person to look at. */
	static void screenshot(String name) {
		String folder = System.getProperty("barometer.screenshots");
		if (folder == null) {
			return;
		}
		run(() -> {
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			Display display = shell.getDisplay();
			while (display.readAndDispatch()) {
				// let pending repaints happen first
			}
			Rectangle bounds = shell.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
			} finally {
				gc.dispose();
			}
			try {
				Files.createDirectories(Path.of(folder));
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				loader.save(Path.of(folder, name + ".png").toString(), SWT.IMAGE_PNG);
			} catch (IOException e) {
				throw new AssertionError("Cannot write the screenshot " + name, e);
			} finally {
				image.dispose();
			}
		});
	}
}
