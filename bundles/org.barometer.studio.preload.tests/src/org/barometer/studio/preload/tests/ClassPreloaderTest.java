package org.barometer.studio.preload.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.barometer.studio.preload.ClassPreloader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/** The preloader in a real OSGi framework, on bundles installed for the test. */
class ClassPreloaderTest {

	private final List<Bundle> installed = new ArrayList<>();
	private ClassPreloader preloader;

	@AfterEach
	void uninstall() throws BundleException {
		if (preloader != null) {
			preloader.stop();
		}
		for (Bundle bundle : installed) {
			bundle.uninstall();
		}
	}

	@Test
	void aPlainBundlesClassesAreLoadedAtOnceWithoutStartingIt() throws Exception {
		BundleContext context = FixtureBundles.context();
		Bundle plain = keep(FixtureBundles.plain(context, "org.barometer.fixture.plain"));

		preload(context, "@org.barometer.fixture.plain\n" + String.join("\n", FixtureBundles.CLASSES));

		assertEquals(FixtureBundles.CLASSES.size(), preloader.loadedCount());
		assertEquals(Bundle.RESOLVED, plain.getState(), "loading a class of a plain bundle does not start it");
	}

	@Test
	void aLazyBundlesClassesWaitUntilTheBundleIsStartedByOthers() throws Exception {
		BundleContext context = FixtureBundles.context();
		Bundle lazy = keep(FixtureBundles.lazy(context, "org.barometer.fixture.lazy"));

		preload(context, "@org.barometer.fixture.lazy\n" + String.join("\n", FixtureBundles.CLASSES));
		assertEquals(0, preloader.loadedCount(), "nothing loaded while the bundle waits for its lazy start");
		assertEquals(Bundle.STARTING, lazy.getState(), "preloading did not start the lazy bundle");

		lazy.start();
		assertTrue(preloader.awaitQueued(10, TimeUnit.SECONDS));
		assertEquals(FixtureBundles.CLASSES.size(), preloader.loadedCount(), "loaded once the bundle had started");
	}

	@Test
	void classesThatNoLongerExistAreSkipped() throws Exception {
		BundleContext context = FixtureBundles.context();
		keep(FixtureBundles.plain(context, "org.barometer.fixture.stale"));

		preload(context, "@org.barometer.fixture.stale\nno.such.Type\n" + FixtureBundles.CLASSES.get(0));

		assertEquals(1, preloader.missingCount());
		assertEquals(1, preloader.loadedCount());
	}

	private Bundle keep(Bundle bundle) {
		installed.add(bundle);
		return bundle;
	}

	private void preload(BundleContext context, String classList) throws InterruptedException {
		preloader = new ClassPreloader(context, () -> ClassListTest.parse(classList));
		preloader.start();
		assertTrue(preloader.awaitQueued(10, TimeUnit.SECONDS), "the preloader finished what it was offered");
	}
}
