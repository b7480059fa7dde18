package org.barometer.editor.live;

import java.time.Duration;

import org.barometer.editor.preferences.EditorPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.util.IPropertyChangeListener;

/**
 * Re-parses and validates the document after a pause in typing, off the UI thread (the
 * platform's reconciler thread); typing on cancels the run in progress and restarts the delay.
 * The pause follows the preference, in open editors too; a change to another file of the
 * project on disk (the profile saved) reconciles again at once. The first check begins once
 * the text is on screen ({@link TextShown}).
 */
public class LiveValidationReconciler extends MonoReconciler {

	/** How long the first check waits for the text to be drawn before it runs regardless. */
	static final Duration FIRST_PAINT_LIMIT = Duration.ofSeconds(2);

	private volatile int delay;
	private final IPropertyChangeListener delayFollower = event -> {
		if (EditorPreferences.RECONCILE_DELAY.equals(event.getProperty())) {
			setDelay(EditorPreferences.reconcileDelay());
		}
	};

	private final TextShown textShown = new TextShown();
	private final ProjectChangeFollower projectChanges = new ProjectChangeFollower(this::followedFile, this::forceReconciling);

	public LiveValidationReconciler() {
		super(new LiveValidationStrategy(), false);
		setDelay(EditorPreferences.reconcileDelay());
	}

	@Override
	public void install(ITextViewer textViewer) {
		textShown.watch(textViewer.getTextWidget(), FIRST_PAINT_LIMIT);
		super.install(textViewer);
		IPreferenceStore store = EditorPreferences.store();
		if (store != null) {
			store.addPropertyChangeListener(delayFollower);
		}
		ResourcesPlugin.getWorkspace().addResourceChangeListener(projectChanges, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void uninstall() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(projectChanges);
		IPreferenceStore store = EditorPreferences.store();
		if (store != null) {
			store.removePropertyChangeListener(delayFollower);
		}
		super.uninstall();
	}

	@Override
	protected void initialProcess() {
		textShown.await();
		super.initialProcess();
	}

	private IFile followedFile() {
		LiveDocument live = LiveDocuments.of(getDocument());
		return live == null ? null : live.file();
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
