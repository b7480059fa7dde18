package org.barometer.workbench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * For the workbench tests, which run beside the UI thread (useUIThread=false): they drive the
 * workbench through {@link #ui}, wait for reconcilers, builders and repaints with
 * {@link #waitUntil}, and save what a person would see with {@link #screenshot}.
 */
public final class UiThread {

	private UiThread() {
	}

	public static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/** Runs the action on the UI thread and returns its result; a failure there fails the test here. */
	public static <T> T ui(Callable<T> action) {
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

	public static void run(ThrowingRunnable action) {
		ui(() -> {
			action.run();
			return null;
		});
	}

	public interface ThrowingRunnable {
		void run() throws Exception;
	}

	/** Polls the condition on the UI thread until it holds; fails with the description after the timeout. */
	public static void waitUntil(String description, Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (ui(condition::getAsBoolean)) {
				return;
			}
			sleep(20);
		}
		throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for: " + description);
	}

	public static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Saves a PNG of the workbench window into the folder -Dbarometer.screenshots names, for the
	 * README and for a person to look at; does nothing without that property.
	 */
	public static void screenshot(String name) {
		String folder = System.getProperty("barometer.screenshots");
		if (folder == null) {
			return;
		}
		sleep(300); // what the test just did is drawn by Xvfb a moment later
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
