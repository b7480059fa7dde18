package org.barometer.editor.preferences;

import org.barometer.editor.BarometerEditorPlugin;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** The editor's preferences, their defaults, and typed access to them. */
public class EditorPreferences extends AbstractPreferenceInitializer {

	/** Pause in typing, in milliseconds, before the text is parsed and validated again. */
	public static final String RECONCILE_DELAY = "reconcileDelay";
	/** Name of the publication profile a new project starts with; a new issue takes its predecessor's. */
	public static final String DEFAULT_PROFILE = "defaultProfile";

	public static final int DEFAULT_RECONCILE_DELAY = 300;

	/**
	 * Whether long lines wrap at the window's edge: the text editor's own word-wrap setting
	 * ({@code AbstractTextEditor.PREFERENCE_WORD_WRAP_ENABLED}, toggled by Alt+Shift+Y), kept in the
	 * generic editor's preferences, which every new Barometer editor reads.
	 */
	public static final String SOFT_WRAP = "wordwrap.enabled";
	/** The generic editor's preference node, where the text editor reads its settings. */
	public static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor";

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

	/** Narrative paragraphs are single long lines: the Barometer editor wraps them unless the user says otherwise. */
	public static void softWrapByDefault() {
		// reading the node first runs the generic editor's own initializer, so this default is not overwritten by it
		DefaultScope.INSTANCE.getNode(GENERIC_EDITOR).putBoolean(SOFT_WRAP, true);
	}

	/** The store that holds {@link #SOFT_WRAP}: the generic editor's. */
	public static ScopedPreferenceStore softWrapStore() {
		return new ScopedPreferenceStore(InstanceScope.INSTANCE, GENERIC_EDITOR);
	}

	public static IPreferenceStore store() {
		BarometerEditorPlugin plugin = BarometerEditorPlugin.getDefault();
		return plugin == null ? null : plugin.getPreferenceStore();
	}
}
