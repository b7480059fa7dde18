package org.barometer.studio.preload.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.barometer.studio.preload.tests.fixture.FixtureActivator;
import org.barometer.studio.preload.tests.fixture.Marker;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/** Small bundles installed for a test: the fixture classes, packed with a manifest of the test's choosing. */
final class FixtureBundles {

	static final List<String> CLASSES = List.of(Marker.class.getName(), FixtureActivator.class.getName());

	private FixtureBundles() {
	}

	static BundleContext context() throws BundleException {
		Bundle tests = FrameworkUtil.getBundle(FixtureBundles.class);
		if (tests.getBundleContext() == null) {
			tests.start();
		}
		return tests.getBundleContext();
	}

	/** A resolved bundle that starts lazily, with an activator: loading one of its classes would start it. */
	static Bundle lazy(BundleContext context, String name) throws BundleException, IOException {
		Bundle bundle = install(context, name, true);
		bundle.start(Bundle.START_ACTIVATION_POLICY);
		return bundle;
	}

	/** A resolved bundle without activation policy or activator. */
	static Bundle plain(BundleContext context, String name) throws BundleException, IOException {
		return install(context, name, false);
	}

	private static Bundle install(BundleContext context, String name, boolean lazy) throws BundleException, IOException {
		Bundle bundle = context.installBundle("fixture:" + name, new ByteArrayInputStream(jar(name, lazy)));
		context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
		return bundle;
	}

	private static byte[] jar(String name, boolean lazy) throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.putValue("Manifest-Version", "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", name);
		main.putValue("Bundle-Version", "1.0.0");
		main.putValue("Import-Package", "org.osgi.framework");
		if (lazy) {
			main.putValue("Bundle-ActivationPolicy", "lazy");
			main.putValue("Bundle-Activator", FixtureActivator.class.getName());
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
			for (String className : CLASSES) {
				String path = className.replace('.', '/') + ".class";
				out.putNextEntry(new JarEntry(path));
				try (InputStream in = FixtureBundles.class.getClassLoader().getResourceAsStream(path)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
