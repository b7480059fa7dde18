package org.barometer.editor.folding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.barometer.editor.live.LiveDocument;
import org.barometer.editor.live.LiveDocuments;
import org.barometer.editor.live.LiveSnapshot;
import org.barometer.lang.ide.outline.BarometerOutline;
import org.barometer.workspace.BarometerInjector;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;

/**
 * Folding of sections and long texts, recomputed from each live snapshot (no parse of its own)
 * and applied on the UI thread when the text is still the one the snapshot was made from.
 */
public class BarometerFoldingReconciler implements IReconciler, ITextInputListener {

	private final Supplier<BarometerOutline> outline = BarometerInjector.lazily(BarometerOutline.class);
	private final Consumer<LiveSnapshot> onSnapshot = this::computeFor;
	private ProjectionViewer viewer;
	private LiveDocument live;
	private Map<Position, ProjectionAnnotation> current = new HashMap<>();

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ProjectionViewer projection) {
			viewer = projection;
			viewer.addTextInputListener(this);
			connect(viewer.getDocument());
		}
	}

	@Override
	public void uninstall() {
		if (viewer != null) {
			viewer.removeTextInputListener(this);
		}
		disconnect();
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		disconnect();
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		connect(newInput);
	}

	private void connect(IDocument document) {
		live = document == null ? null : LiveDocuments.of(document);
		if (live != null) {
			live.addListener(onSnapshot);
		}
	}

	private void disconnect() {
		if (live != null) {
			live.removeListener(onSnapshot);
			live = null;
		}
	}

	private void computeFor(LiveSnapshot snapshot) {
		List<Position> regions = FoldingRegions.compute(snapshot.text(), outline.get().build(snapshot.resource()));
		if (viewer != null && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
			viewer.getTextWidget().getDisplay().asyncExec(() -> apply(snapshot.text(), regions));
		}
	}

	private void apply(String text, List<Position> regions) {
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		if (model == null || viewer.getDocument() == null || !viewer.getDocument().get().equals(text)) {
			return;
		}
		Map<Position, ProjectionAnnotation> next = new HashMap<>();
		Map<ProjectionAnnotation, Position> added = new HashMap<>();
		for (Position region : regions) {
			ProjectionAnnotation kept = current.remove(region);
			if (kept != null && !kept.isMarkedDeleted()) {
				next.put(region, kept);
			} else {
				ProjectionAnnotation annotation = new ProjectionAnnotation();
				next.put(region, annotation);
				added.put(annotation, region);
			}
		}
		Annotation[] removed = current.values().toArray(Annotation[]::new);
		model.modifyAnnotations(removed, added, null);
		current = next;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}
}
