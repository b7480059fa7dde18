package org.barometer.studio.shell;

import java.util.Arrays;
import java.util.Map;

import org.eclipse.equinox.app.IApplicationContext;

/**
 * The studio looks as GTK draws it, without the platform's CSS theme engine. That engine parses
 * its style sheets and restyles every widget the window creates, on the start's one thread (about
 * 0.2 s of a 3.5 s start), to the look GTK gives the same widgets anyway (screens compared at
 * 1600×1000: the same window, a pixel's difference in the tabs' spacing). The studio offers no
 * theme to choose; a command line that names one ({@code -cssTheme}) still gets it.
 */
final class GtkLook {

	/** The workbench's argument for a theme, and its value for "no theme engine at all". */
	static final String THEME_ARGUMENT = "-cssTheme";
	static final String NO_THEME = "none";

	private GtkLook() {
	}

	/**
	 * Adds "-cssTheme none" to the application's arguments, where the workbench reads its theme
	 * when it starts, unless they name a theme already.
	 */
	static void chooseFor(IApplicationContext context) {
		@SuppressWarnings("unchecked")
		Map<String, Object> arguments = context.getArguments();
		String[] given = arguments.get(IApplicationContext.APPLICATION_ARGS) instanceof String[] args ? args : new String[0];
		if (Arrays.asList(given).contains(THEME_ARGUMENT)) {
			return;
		}
		String[] withoutTheme = Arrays.copyOf(given, given.length + 2);
		withoutTheme[given.length] = THEME_ARGUMENT;
		withoutTheme[given.length + 1] = NO_THEME;
		try {
			arguments.put(IApplicationContext.APPLICATION_ARGS, withoutTheme);
		} catch (UnsupportedOperationException e) {
			// a launcher that fixes the arguments keeps the platform's theme: slower, the same look
		}
	}
}
