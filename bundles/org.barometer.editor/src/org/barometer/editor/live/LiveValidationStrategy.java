package org.barometer.editor.live;

import java.util.List;

import org.barometer.workspace.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.xtext.validation.Issue;

/**
 * One reconcile: parse and validate the whole text through the document's {@link LiveDocument},
 * then show the diagnostics as problem markers of the file (so the editor's annotations, the
 * Problems view and the quick fixes see them at once).
 */
public class LiveValidationStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private IDocument document;
	private IProgressMonitor monitor = new NullProgressMonitor();

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		reconcileNow();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcileNow();
	}

	@Override
	public void reconcile(IRegion partition) {
		reconcileNow();
	}

	private void reconcileNow() {
		LiveDocument live = LiveDocuments.of(document);
		if (live == null) {
			return;
		}
		try {
			LiveSnapshot snapshot = live.reconcile(document.get(), monitor::isCanceled);
			if (snapshot != null && !monitor.isCanceled()) {
				showMarkers(live.file(), snapshot.issues());
			}
		} catch (CoreException | RuntimeException e) {
			// a failed reconcile must not stop the next one; the builder still reports on save
			ILog.of(getClass()).error("Live validation of " + live.file().getFullPath() + " failed", e);
		}
	}

	private static void showMarkers(IFile file, List<Issue> issues) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		// marker changes need no scheduling rule: no waiting on a running build
		workspace.run(progress -> ProblemMarkers.replace(file, issues), null, IWorkspace.AVOID_UPDATE, null);
	}
}
