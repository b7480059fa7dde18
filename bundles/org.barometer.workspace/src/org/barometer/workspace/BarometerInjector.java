package org.barometer.workspace;

import org.barometer.lang.ide.BarometerIdeSetup;

import com.google.inject.Injector;

/**
 * The one language injector of the running studio (runtime and IDE services together). One
 * injector only: each setup registers its resource factory globally, and two would make
 * resources of one injector validated by the services of the other.
 */
public final class BarometerInjector {

	private static Injector injector;

	private BarometerInjector() {
	}

	public static synchronized Injector get() {
		if (injector == null) {
			injector = new BarometerIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
