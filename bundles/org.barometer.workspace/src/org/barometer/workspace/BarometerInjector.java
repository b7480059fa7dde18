package org.barometer.workspace;

import java.util.function.Supplier;

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

	/**
	 * One instance of the language's service, made on first use: an editor's parts hold it from
	 * their creation but use it only once the language is needed, so that opening an editor
	 * (and the studio's first paint) never waits for the injector to be built.
	 */
	public static <T> Supplier<T> lazily(Class<T> service) {
		return new OnFirstUse<>(service);
	}

	/**
	 * Not Guava's {@code Suppliers.memoize}: the editor's parts are made before the first paint,
	 * and Guava's bundle is otherwise first opened after it; opening its class loader there cost
	 * the UI thread 30-36 ms of the start (profiled 5 Dec 2026).
	 */
	private static final class OnFirstUse<T> implements Supplier<T> {

		private final Class<T> service;
		private T instance;

		OnFirstUse(Class<T> service) {
			this.service = service;
		}

		@Override
		public synchronized T get() {
			if (instance == null) {
				instance = BarometerInjector.get().getInstance(service);
			}
			return instance;
		}
	}
}
