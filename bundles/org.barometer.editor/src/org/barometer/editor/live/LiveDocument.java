package org.barometer.editor.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * The live model of one open .barometer document: the editor's text parsed in the context of
 * its project's other files, as edited. The reconciler publishes a {@link LiveSnapshot} after each pause
 * in typing; content assist parses the text of the moment. Parsing is serialised on this
 * object; readers use snapshots and never wait.
 */
public class LiveDocument {

	private final IDocument document;
	private final IFile file;
	private ProjectResources resources; // made at the first parse: an editor opens without the language
	private final List<Consumer<LiveSnapshot>> listeners = new CopyOnWriteArrayList<>();
	private volatile LiveSnapshot latest;

	LiveDocument(IDocument document, IFile file) {
		this.document = document;
		this.file = file;
	}

	public IDocument document() {
		return document;
	}

	public IFile file() {
		return file;
	}

	/** The last published parse, or null before the first one. */
	public LiveSnapshot latest() {
		return latest;
	}

	/** Parses the text (the project's other files are re-read when changed on disk or in their editors). */
	public synchronized XtextResource parse(String text) throws CoreException {
		ProjectResources project = resources();
		project.synchronize();
		return project.replace(file, text);
	}

	private synchronized ProjectResources resources() {
		if (resources == null) {
			// the project's other files as the builder reads them, so that the two mark the same problems
			resources = ProjectResources.asEdited(file.getProject());
		}
		return resources;
	}

	/** Parses and validates the text and publishes the result, unless cancelled meanwhile. */
	public LiveSnapshot reconcile(String text, CancelIndicator cancel) throws CoreException {
		long start = System.nanoTime();
		XtextResource resource;
		List<Issue> issues;
		synchronized (this) {
			resource = parse(text);
			if (cancel.isCanceled()) {
				return null;
			}
			try {
				issues = resources().validate(file, cancel);
			} catch (OperationCanceledError e) {
				// typing on cancelled it; thrown on, this Error would end the reconciler's thread for good
				return null;
			}
		}
		if (cancel.isCanceled()) {
			return null;
		}
		LiveSnapshot snapshot = new LiveSnapshot(text, resource, List.copyOf(issues), (System.nanoTime() - start) / 1_000_000);
		latest = snapshot;
		listeners.forEach(listener -> listener.accept(snapshot));
		return snapshot;
	}

	/** Called on the reconciler's thread after each published snapshot. */
	public void addListener(Consumer<LiveSnapshot> listener) {
		listeners.add(listener);
		LiveSnapshot current = latest;
		if (current != null) {
			listener.accept(current);
		}
	}

	public void removeListener(Consumer<LiveSnapshot> listener) {
		listeners.remove(listener);
	}
}
