package org.barometer.editor.preferences;

import org.barometer.editor.BarometerEditorPlugin;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

/** The editor's preferences, their defaults, and typed access to them. */
public class EditorPreferences extends AbstractPreferenceInitializer {

	/** Pause in typing, in milliseconds, before the text is parsed and validated again. */
	public static final String RECONCILE_DELAY = "reconcileDelay";
	/** Name of the publication profile a new project starts with; a new issue takes its predecessor's. */
	public static final String DEFAULT_PROFILE = "defaultProfile";

	public static final int DEFAULT_RECONCILE_DELAY = 300;

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = store();
		store.setDefault(RECONCILE_DELAY, DEFAULT_RECONCILE_DELAY);
		store.setDefault(DEFAULT_PROFILE, "MinskBarometer");
	}

	public static int reconcileDelay() {
		IPreferenceStore store = store();
		return store == null ? DEFAULT_RECONCILE_DELAY : Math.max(50, store.getInt(RECONCILE_DELAY));
	}

	public static String defaultProfile() {
		IPreferenceStore store = store();
		return store == null ? "MinskBarometer" : store.getString(DEFAULT_PROFILE);
	}

	public static IPreferenceStore store() {
		BarometerEditorPlugin plugin = BarometerEditorPlugin.getDefault();
		return plugin == null ? null : plugin.getPreferenceStore();
	}
}
