package org.barometer.editor.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.barometer.editor.live.LiveDocument;
import org.barometer.editor.live.LiveDocuments;
import org.barometer.editor.live.LiveSnapshot;
import org.barometer.workspace.BarometerInjector;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Adapts the language's {@link ISemanticHighlightingCalculator} to the text viewer: after each
 * reconcile the styled positions are computed on the reconciler's thread, then kept in the
 * document (so they move with typing) and merged into every repaint.
 */
class SemanticHighlighting implements ITextPresentationListener, ITextInputListener {

	private static final String CATEGORY = "org.barometer.editor.semantic";

	private final Supplier<ISemanticHighlightingCalculator> calculator = BarometerInjector.lazily(ISemanticHighlightingCalculator.class);
	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private final Consumer<LiveSnapshot> onSnapshot = this::computeFor;
	private ITextViewer viewer;
	private LiveDocument live;

	void install(ITextViewer textViewer) {
		this.viewer = textViewer;
		if (textViewer instanceof org.eclipse.jface.text.ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
		textViewer.addTextInputListener(this);
		IDocument document = textViewer.getDocument();
		if (document != null) {
			connect(document);
		}
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		if (oldInput != null) {
			disconnect(oldInput);
		}
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		if (newInput != null) {
			connect(newInput);
		}
	}

	void uninstall() {
		viewer.removeTextInputListener(this);
		if (viewer.getDocument() != null) {
			disconnect(viewer.getDocument());
		}
		if (viewer instanceof org.eclipse.jface.text.ITextViewerExtension4 extension) {
			extension.removeTextPresentationListener(this);
		}
	}

	private void disconnect(IDocument document) {
		if (live != null) {
			live.removeListener(onSnapshot);
			live = null;
		}
		document.removePositionUpdater(updater);
		try {
			document.removePositionCategory(CATEGORY);
		} catch (BadPositionCategoryException e) {
			// never connected
		}
	}

	private void connect(IDocument document) {
		document.addPositionCategory(CATEGORY);
		document.addPositionUpdater(updater);
		live = LiveDocuments.of(document);
		if (live != null) {
			live.addListener(onSnapshot);
		}
	}

	/** Reconciler thread: compute, then hand the result to the UI thread. */
	private void computeFor(LiveSnapshot snapshot) {
		List<StyledPosition> styled = new ArrayList<>();
		calculator.get().provideHighlightingFor(snapshot.resource(), (offset, length, styles) -> {
			TextAttribute attribute = styles.length == 0 ? null : BarometerColours.SEMANTIC.get(styles[0]);
			if (attribute != null) {
				styled.add(new StyledPosition(offset, length, attribute));
			}
		}, CancelIndicator.NullImpl);
		Display display = viewer == null || viewer.getTextWidget() == null ? null : viewer.getTextWidget().getDisplay();
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> apply(snapshot.text(), styled));
		}
	}

	/** UI thread: replace the positions, if the text is still the one they were computed for. */
	private void apply(String text, List<StyledPosition> styled) {
		IDocument document = viewer.getDocument();
		if (document == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()
				|| !document.get().equals(text)) {
			return;
		}
		try {
			for (Position old : document.getPositions(CATEGORY)) {
				document.removePosition(CATEGORY, old);
			}
			for (StyledPosition position : styled) {
				document.addPosition(CATEGORY, position);
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			return;
		}
		viewer.invalidateTextPresentation();
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IDocument document = viewer.getDocument();
		IRegion extent = presentation.getExtent();
		if (document == null || extent == null) {
			return;
		}
		try {
			for (Position position : document.getPositions(CATEGORY)) {
				if (position.isDeleted() || !position.overlapsWith(extent.getOffset(), extent.getLength())) {
					continue;
				}
				TextAttribute attribute = ((StyledPosition) position).attribute;
				StyleRange range = new StyleRange(position.getOffset(), position.getLength(), attribute.getForeground(),
						attribute.getBackground(), attribute.getStyle());
				presentation.mergeStyleRange(range);
			}
		} catch (BadPositionCategoryException e) {
			// not connected yet: lexical colours only
		}
	}

	/** A document position that remembers its style. */
	private static final class StyledPosition extends Position {
		final TextAttribute attribute;

		StyledPosition(int offset, int length, TextAttribute attribute) {
			super(offset, length);
			this.attribute = attribute;
		}
	}
}
