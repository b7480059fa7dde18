package org.barometer.editor;

import org.barometer.editor.assist.TypingAssistDefaults;
import org.barometer.editor.preferences.EditorPreferences;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The editor bundle's activator: gives the editor its preference store, and the generic editor the Barometer editor's defaults. */
public class BarometerEditorPlugin extends AbstractUIPlugin {

	public static final String ID = "org.barometer.editor";
	/** The content type the generic editor's contributions are registered for. */
	public static final String CONTENT_TYPE = "org.barometer.editor.barometer";
	/** The issue editor (plugin.xml): the generic editor's class under the studio's id and file icon. */
	public static final String ISSUE_EDITOR = "org.barometer.editor.issue";

	private static BarometerEditorPlugin instance;

	public static BarometerEditorPlugin getDefault() {
		return instance;
	}

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		TypingAssistDefaults.apply();
		EditorPreferences.softWrapByDefault();
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}
}
