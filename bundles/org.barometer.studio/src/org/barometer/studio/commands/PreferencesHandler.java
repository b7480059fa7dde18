package org.barometer.studio.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.HandlerUtil;

/** Edit › Preferences: the studio's own settings, without the platform's pages for programmers. */
public class PreferencesHandler extends AbstractHandler {

	static final String BAROMETER_PAGE = "org.barometer.editor.preferences";

	@Override
	public Object execute(ExecutionEvent event) {
		PreferencesUtil.createPreferenceDialogOn(HandlerUtil.getActiveShell(event), BAROMETER_PAGE, new String[] { BAROMETER_PAGE },
				null).open();
		return null;
	}
}
