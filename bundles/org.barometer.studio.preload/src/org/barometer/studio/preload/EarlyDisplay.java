package org.barometer.studio.preload;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;

/**
 * The studio's display, made on the thread that will be its UI thread while the framework is
 * still starting its bundles. Until the framework has reached its start level the launcher's
 * thread only waits (about a second on two cores), and then the studio's application would make
 * the display, GTK's start, half a second more. Made here, on a thread of its own, both happen at
 * once; the application then runs the workbench on this thread ({@link #runOnItsThread}). GTK
 * needs one thread for all its work, not the process's first one. While it waits, the thread
 * warms the widgets the window will make ({@link DisplayWarmUp}).
 */
public final class EarlyDisplay {

	private static final AtomicReference<EarlyDisplay> begun = new AtomicReference<>();

	private final CompletableFuture<Runnable> work = new CompletableFuture<>();

	private EarlyDisplay() {
	}

	/**
	 * Makes the display on a new thread, named {@code appName} for GTK as the workbench would
	 * name it (see {@link Display#setAppName}), and warms its widgets when {@code warmUp}, telling
	 * {@code warmUpFailed} if that fails. At most one is begun for a start.
	 */
	public static void begin(String appName, boolean warmUp, Consumer<Throwable> warmUpFailed) {
		EarlyDisplay early = new EarlyDisplay();
		if (!begun.compareAndSet(null, early)) {
			return;
		}
		// a daemon: it never keeps the process alive for a display that nobody took
		Thread thread = new Thread(() -> early.serve(appName, warmUp, warmUpFailed), "Barometer Studio UI");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Runs {@code task} on the thread of the display begun early, and waits for its result; runs
	 * it on the calling thread when none was begun. Where the display was made, it is the current
	 * one there. Where it could not be made (no X display), the task's own attempt meets the same
	 * failure on the same thread, and the caller gets it: GTK's lock, taken by the failed attempt
	 * and never given back, is that thread's, so any other thread would wait for it for ever. The
	 * display begun early is used once.
	 */
	public static <T> T runOnItsThread(Callable<T> task) throws Exception {
		EarlyDisplay early = begun.getAndSet(null);
		if (early == null) {
			return task.call();
		}
		CompletableFuture<T> result = new CompletableFuture<>();
		early.work.complete(() -> {
			try {
				result.complete(task.call());
			} catch (Throwable e) {
				result.completeExceptionally(e);
			}
		});
		try {
			return result.get();
		} catch (ExecutionException e) {
			throw rethrown(e.getCause());
		}
	}

	private void serve(String appName, boolean warmUp, Consumer<Throwable> warmUpFailed) {
		try {
			if (appName != null) {
				Display.setAppName(appName);
			}
			Display display = new Display();
			if (warmUp) {
				DisplayWarmUp.warm(display, warmUpFailed);
			}
		} catch (RuntimeException | SWTError | LinkageError e) {
			// the task's own attempt meets the same failure to make the display, and the user is told
		} finally {
			work.join().run(); // whatever happened above, the waiting application is served
		}
	}

	private static Exception rethrown(Throwable cause) {
		if (cause instanceof Error error) {
			throw error;
		}
		return cause instanceof Exception exception ? exception : new ExecutionException(cause);
	}
}
