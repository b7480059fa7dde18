package org.barometer.editor.quickfix;

import java.util.List;
import java.util.function.Supplier;

import org.barometer.editor.live.CurrentModel;
import org.barometer.editor.live.LiveDocument;
import org.barometer.editor.live.LiveDocuments;
import org.barometer.lang.ide.quickfix.BarometerQuickFixes;
import org.barometer.lang.ide.quickfix.QuickFix;
import org.barometer.workspace.BarometerInjector;
import org.barometer.workspace.ProblemMarkers;
import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Adapts {@link BarometerQuickFixes} to marker resolutions, so the same fixes are offered by
 * Ctrl+1 in the editor (the generic editor asks for the resolutions of the markers under the
 * caret) and in the Problems view.
 */
public class BarometerMarkerResolutions implements IMarkerResolutionGenerator2 {

	private final Supplier<BarometerQuickFixes> quickFixes = BarometerInjector.lazily(BarometerQuickFixes.class);

	/**
	 * By the diagnostic's code alone: the Problems view asks for every row it draws, and parsing
	 * the file for each would be slow on the UI thread (the fixes themselves are computed when asked for).
	 */
	@Override
	public boolean hasResolutions(IMarker marker) {
		return BarometerQuickFixes.hasFixFor(ProblemMarkers.code(marker));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		String code = ProblemMarkers.code(marker);
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		if (code == null || start < 0 || end < start || !(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		try {
			List<QuickFix> fixes = withModelOf(file, resource -> quickFixes.get().fixesFor(resource, code, start, end - start,
					ProblemMarkers.data(marker)));
			return fixes.stream().map(fix -> new QuickFixResolution(file, fix)).toArray(IMarkerResolution[]::new);
		} catch (CoreException | RuntimeException e) {
			ILog.of(getClass()).error("Cannot compute the quick fixes of " + marker, e);
			return new IMarkerResolution[0];
		}
	}

	private interface ModelQuery<T> {
		T query(XtextResource resource);
	}

	/**
	 * Runs the query on the model of the file's current text: the open editor's, or else the
	 * saved file parsed for this question alone (no live model is kept for a file nobody edits).
	 */
	private static <T> T withModelOf(IFile file, ModelQuery<T> query) throws CoreException {
		LiveDocument open = LiveDocuments.of(file);
		XtextResource resource = open == null ? null : CurrentModel.of(open.document());
		if (resource == null) {
			ProjectResources saved = ProjectResources.asEdited(file.getProject());
			saved.synchronize();
			resource = saved.resource(file);
		}
		return query.query(resource);
	}
}
