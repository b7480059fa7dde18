package org.barometer.editor.live;

import org.barometer.editor.preferences.EditorPreferences;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.util.IPropertyChangeListener;

/**
 * Re-parses and validates the document after a pause in typing, off the UI thread (the
 * platform's reconciler thread); typing on cancels the run in progress and restarts the delay.
 * The pause follows the preference, in open editors too.
 */
public class LiveValidationReconciler extends MonoReconciler {

	private volatile int delay;
	private final IPropertyChangeListener delayFollower = event -> {
		if (EditorPreferences.RECONCILE_DELAY.equals(event.getProperty())) {
			setDelay(EditorPreferences.reconcileDelay());
		}
	};

	public LiveValidationReconciler() {
		super(new LiveValidationStrategy(), false);
		setDelay(EditorPreferences.reconcileDelay());
	}

	@Override
	public void install(ITextViewer textViewer) {
		super.install(textViewer);
		IPreferenceStore store = EditorPreferences.store();
		if (store != null) {
			store.addPropertyChangeListener(delayFollower);
		}
	}

	@Override
	public void uninstall() {
		IPreferenceStore store = EditorPreferences.store();
		if (store != null) {
			store.removePropertyChangeListener(delayFollower);
		}
		super.uninstall();
	}

	@Override
	public void setDelay(int delay) {
		this.delay = delay;
		super.setDelay(delay);
	}

	/** The pause in typing this reconciler waits for, in milliseconds. */
	public int delay() {
		return delay;
	}
}
