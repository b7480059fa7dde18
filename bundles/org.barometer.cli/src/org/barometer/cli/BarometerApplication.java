package org.barometer.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless entry point started by the `barometer` script; the exit code is the command's. */
public class BarometerApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		// POI logs through the Log4j API; without a provider, the API would complain on stderr at the first export
		System.getProperties().putIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return BarometerCommandLine.run(args == null ? new String[0] : args, System.out, System.err);
	}

	@Override
	public void stop() {
		// commands are short-lived and not interruptible
	}
}
