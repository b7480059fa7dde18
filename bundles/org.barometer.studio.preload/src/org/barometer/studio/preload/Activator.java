package org.barometer.studio.preload;

import java.io.InputStream;
import java.net.URL;
import java.util.function.Consumer;

import org.eclipse.osgi.framework.log.FrameworkLog;
import org.eclipse.osgi.framework.log.FrameworkLogEntry;
import org.eclipse.swt.SWT;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Started by the product at its start level, before the workbench: when the studio is the
 * application launched, begins its display (see {@link EarlyDisplay}), and preloads the studio's
 * startup classes (see {@link ClassPreloader}). -Dbarometer.earlyDisplay=false,
 * -Dbarometer.displayWarmUp=false and -Dbarometer.preload=false turn them off, to compare.
 */
public final class Activator implements BundleActivator {

	static final String CLASS_LIST = "startup-classes.txt";
	static final String STUDIO_APPLICATION = "org.barometer.studio.application";
	private ClassPreloader preloader;

	@Override
	public void start(BundleContext context) {
		// the command line and the platform's own applications make their displays, if any, themselves;
		// off GTK the display stays the workbench's to make (Cocoa wants it on the process's first thread)
		if (STUDIO_APPLICATION.equals(LaunchedApplication.of(context)) && "gtk".equals(SWT.getPlatform())
				&& !"false".equals(System.getProperty("barometer.earlyDisplay"))) {
			EarlyDisplay.begin(context.getProperty("eclipse.appName"), !"false".equals(System.getProperty("barometer.displayWarmUp")),
					frameworkLog(context, "The studio's widgets were not prepared before its window"));
		}
		URL list = context.getBundle().getEntry(CLASS_LIST);
		if (list == null || "false".equals(System.getProperty("barometer.preload"))) {
			return;
		}
		preloader = new ClassPreloader(context, () -> {
			try (InputStream in = list.openStream()) {
				return ClassList.read(in);
			}
		});
		preloader.start();
	}

	/** Writes to the framework's log file (the terminal stays quiet); the workbench's log does not exist yet. */
	private static Consumer<Throwable> frameworkLog(BundleContext context, String message) {
		ServiceReference<FrameworkLog> reference = context.getServiceReference(FrameworkLog.class);
		FrameworkLog log = reference == null ? null : context.getService(reference);
		String bundle = context.getBundle().getSymbolicName();
		return failure -> {
			if (log != null) {
				log.log(new FrameworkLogEntry(bundle, FrameworkLogEntry.WARNING, 0, message, 0, failure, null));
			}
		};
	}

	@Override
	public void stop(BundleContext context) {
		if (preloader != null) {
			preloader.stop();
		}
	}
}
