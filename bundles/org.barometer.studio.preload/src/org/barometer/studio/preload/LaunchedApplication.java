package org.barometer.studio.preload;

import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.service.environment.EnvironmentInfo;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The application this start will run, known before the application container reads it: the
 * command line's {@code -application}, else the configuration's {@code eclipse.application}
 * (the product's own). While bundles start, the property still holds the configuration's value
 * even when the command line names another application.
 */
public final class LaunchedApplication {

	private static final String OPTION = "-application";

	private LaunchedApplication() {
	}

	public static String of(BundleContext context) {
		ServiceReference<EnvironmentInfo> reference = context.getServiceReference(EnvironmentInfo.class);
		EnvironmentInfo environment = reference == null ? null : context.getService(reference);
		try {
			// the application container reads the arguments the framework left, as here
			List<String> arguments = environment == null ? List.of() : Arrays.asList(environment.getNonFrameworkArgs());
			return chosen(arguments, context.getProperty("eclipse.application"));
		} finally {
			if (environment != null) {
				context.ungetService(reference);
			}
		}
	}

	/**
	 * The application the command line's {@code arguments} name (the last one named), else
	 * {@code configured}; an option that follows {@code -application} is not a name.
	 */
	public static String chosen(List<String> arguments, String configured) {
		String named = configured;
		for (int i = 0; i + 1 < arguments.size(); i++) {
			String value = arguments.get(i + 1);
			if (OPTION.equalsIgnoreCase(arguments.get(i)) && !value.startsWith("-")) {
				named = value;
			}
		}
		return named;
	}
}
