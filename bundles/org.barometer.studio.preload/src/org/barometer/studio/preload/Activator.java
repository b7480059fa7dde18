package org.barometer.studio.preload;

import java.io.InputStream;
import java.net.URL;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Started by the product at its start level, before the workbench: preloads the studio's startup
 * classes (see {@link ClassPreloader}). -Dbarometer.preload=false turns it off, to compare.
 */
public final class Activator implements BundleActivator {

	static final String CLASS_LIST = "startup-classes.txt";
	private ClassPreloader preloader;

	@Override
	public void start(BundleContext context) {
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

	@Override
	public void stop(BundleContext context) {
		if (preloader != null) {
			preloader.stop();
		}
	}
}
