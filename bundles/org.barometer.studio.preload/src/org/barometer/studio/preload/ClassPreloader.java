package org.barometer.studio.preload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Loads the classes of a {@link ClassList} on a background thread while the workbench starts.
 * The workbench's start is one thread's work, most of it loading classes; on a second core those
 * classes are loaded ahead of it. A class is only loaded, never initialised, and only from a
 * bundle that loading cannot start: one already active, or one without lazy activation. The
 * classes of a lazy bundle wait until the workbench starts that bundle itself, so the order in
 * which bundles start stays the platform's. A class that no longer exists is skipped.
 */
public final class ClassPreloader implements SynchronousBundleListener {

	private final BundleContext context;
	private final Callable<ClassList> classes;
	private final Map<String, List<String>> waiting = new HashMap<>();
	private final ExecutorService loader = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "Barometer class preloading");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicInteger loaded = new AtomicInteger();
	private final AtomicInteger missing = new AtomicInteger();

	/** {@code classes} is read on the preloading thread, not on the framework's start-level thread. */
	public ClassPreloader(BundleContext context, Callable<ClassList> classes) {
		this.context = context;
		this.classes = classes;
	}

	public void start() {
		loader.execute(() -> {
			try {
				ClassList list = classes.call();
				synchronized (this) {
					for (String bundle : list.bundles()) {
						waiting.put(bundle, list.classesOf(bundle));
					}
				}
			} catch (Exception e) {
				return; // no list, no preloading: the studio starts as it would without this bundle
			}
			context.addBundleListener(this);
			for (Bundle bundle : context.getBundles()) {
				List<String> ready = takeIfReady(bundle);
				if (ready != null) {
					load(bundle, ready);
				}
			}
		});
	}

	public void stop() {
		context.removeBundleListener(this);
		loader.shutdownNow();
	}

	@Override
	public void bundleChanged(BundleEvent event) {
		if (event.getType() == BundleEvent.STARTED || event.getType() == BundleEvent.RESOLVED) {
			offer(event.getBundle());
		}
	}

	/** Waits until every class offered so far is loaded or skipped (for tests and benchmarks). */
	public boolean awaitQueued(long timeout, TimeUnit unit) throws InterruptedException {
		try {
			loader.submit(() -> { }).get(timeout, unit);
			return true;
		} catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
			return false;
		}
	}

	public int loadedCount() {
		return loaded.get();
	}

	public int missingCount() {
		return missing.get();
	}

	private void offer(Bundle bundle) {
		List<String> ready = takeIfReady(bundle);
		if (ready != null && !loader.isShutdown()) {
			try {
				loader.execute(() -> load(bundle, ready));
			} catch (RejectedExecutionException e) {
				// stopped meanwhile
			}
		}
	}

	private synchronized List<String> takeIfReady(Bundle bundle) {
		return loadingCannotStart(bundle) ? waiting.remove(bundle.getSymbolicName()) : null;
	}

	static boolean loadingCannotStart(Bundle bundle) {
		int state = bundle.getState();
		if (state == Bundle.ACTIVE) {
			return true;
		}
		boolean lazy = bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY) != null;
		return !lazy && (state & (Bundle.RESOLVED | Bundle.STARTING)) != 0;
	}

	private void load(Bundle bundle, List<String> classes) {
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		ClassLoader classLoader = wiring == null ? null : wiring.getClassLoader();
		if (classLoader == null) {
			missing.addAndGet(classes.size());
			return;
		}
		for (String name : classes) {
			if (Thread.currentThread().isInterrupted()) {
				return;
			}
			try {
				Class.forName(name, false, classLoader);
				loaded.incrementAndGet();
			} catch (ClassNotFoundException | LinkageError e) {
				missing.incrementAndGet(); // a stale entry of the list: nothing to gain, nothing to break
			}
		}
	}
}
