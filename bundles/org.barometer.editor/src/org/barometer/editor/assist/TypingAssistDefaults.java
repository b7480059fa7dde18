package org.barometer.editor.assist;

import org.barometer.editor.preferences.EditorPreferences;
import org.eclipse.core.runtime.preferences.DefaultScope;

/**
 * The generic editor opens content assist on every letter and digit typed
 * ({@code contentAssistant.autoActivationOnType}): in a catalogue it popped up while a score
 * was typed, after a score and in a comment. Its default is turned off, the platform's own
 * way (the default scope, which a user's choice still overrides); {@link RowStartAssist}
 * opens it where a row starts instead.
 */
public final class TypingAssistDefaults {

	static final String AUTO_ACTIVATION_ON_TYPE = "contentAssistant.autoActivationOnType";

	private TypingAssistDefaults() {
	}

	public static void apply() {
		// reading the node first runs the generic editor's own initializer, so this default is not overwritten by it
		DefaultScope.INSTANCE.getNode(EditorPreferences.GENERIC_EDITOR).putBoolean(AUTO_ACTIVATION_ON_TYPE, false);
	}
}
