package org.barometer.workspace;

import java.util.function.Supplier;

import org.barometer.lang.ide.BarometerIdeSetup;

import com.google.common.base.Suppliers;
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

	/**
	 * One instance of the language's service, made on first use: an editor's parts hold it from
	 * their creation but use it only once the language is needed, so that opening an editor
	 * (and the studio's first paint) never waits for the injector to be built.
	 */
	public static <T> Supplier<T> lazily(Class<T> service) {
		return Suppliers.memoize(() -> get().getInstance(service));
	}
}
