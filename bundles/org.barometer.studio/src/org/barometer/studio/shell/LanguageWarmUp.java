package org.barometer.studio.shell;

import java.io.StringReader;

import org.barometer.workspace.BarometerInjector;
import org.eclipse.core.runtime.ILog;
import org.eclipse.xtext.parser.IParser;

/**
 * Makes the language ready in the background once the studio's window shows its issue: the
 * injector (Guice and EMF registration) and the parser's tables are built once, so that the
 * first content assist, hover or format finds them ready instead of building them on the UI
 * thread. Not earlier: on two cores it would slow down the window being drawn, and the issue's
 * text needs no language to be shown.
 */
final class LanguageWarmUp {

	private static final String SAMPLE = "issue 1 of Publication\nperiod January-February 2020\n";

	private LanguageWarmUp() {
	}

	static void start() {
		Thread thread = new Thread(LanguageWarmUp::warmUp, "Barometer language warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.NORM_PRIORITY - 1);
		thread.start();
	}

	private static void warmUp() {
		try {
			BarometerInjector.get().getInstance(IParser.class).parse(new StringReader(SAMPLE));
		} catch (RuntimeException | LinkageError e) {
			// the first editor builds the language itself, as without warming up
			ILog.of(LanguageWarmUp.class).warn("The language could not be prepared ahead of the first editor", e);
		}
	}
}
