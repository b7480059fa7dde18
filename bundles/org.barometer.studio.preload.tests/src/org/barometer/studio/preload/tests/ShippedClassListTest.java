package org.barometer.studio.preload.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.barometer.studio.preload.ClassList;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The list the product ships is not stale: the classes it names for the bundles of this runtime
 * (Xtext, EMF, Guice, the language) are still in them.
 */
class ShippedClassListTest {

	/** Their classes are in the windowing system's fragment, which this headless runtime lacks. */
	private static final Set<String> WINDOWING_SYSTEM_HOSTS = Set.of("org.eclipse.swt");

	@Test
	void theShippedListNamesClassesThatExist() throws Exception {
		ClassList list = shipped();
		assertTrue(list.size() > 3000, "a studio start loads thousands of bundle classes: " + list.size());

		BundleContext context = FixtureBundles.context();
		int checked = 0;
		List<String> absent = new ArrayList<>();
		for (Bundle bundle : context.getBundles()) {
			if (WINDOWING_SYSTEM_HOSTS.contains(bundle.getSymbolicName())) {
				continue;
			}
			for (String name : list.classesOf(bundle.getSymbolicName())) {
				checked++;
				if (bundle.getResource(name.replace('.', '/') + ".class") == null) {
					absent.add(bundle.getSymbolicName() + " " + name);
				}
			}
		}
		assertTrue(checked > 1000, "the runtime holds the language's bundles, " + checked + " classes checked");
		assertTrue(absent.size() * 100 <= checked, absent.size() + " of " + checked
				+ " listed classes are gone; run ./barometer record-startup-classes: " + absent.subList(0, Math.min(10, absent.size())));
	}

	private static ClassList shipped() throws IOException {
		Bundle preload = FrameworkUtil.getBundle(ClassList.class);
		URL entry = preload.getEntry("startup-classes.txt");
		assertNotNull(entry, "the preload bundle ships its class list");
		try (InputStream in = entry.openStream()) {
			return ClassList.read(in);
		}
	}
}
