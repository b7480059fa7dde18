package org.barometer.editor.live;

import org.barometer.editor.preferences.EditorPreferences;
import org.eclipse.jface.text.reconciler.MonoReconciler;

/**
 * Re-parses and validates the document after a pause in typing, off the UI thread (the
 * platform's reconciler thread); typing on cancels the run in progress and restarts the delay.
 */
public class LiveValidationReconciler extends MonoReconciler {

	public LiveValidationReconciler() {
		super(new LiveValidationStrategy(), false);
		setDelay(EditorPreferences.reconcileDelay());
	}
}
