package org.barometer.editor.presentation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * Marks the other occurrences of the name under the caret (a relationship, a band), as the
 * generic editor's word highlighting does, but only where names are written: never inside a
 * string, a narrative or a comment, and never for a keyword. The generic editor's own marked
 * every "issue" of the editor's letter while the caret stood on the keyword {@code issue}.
 */
public class CodeOccurrences implements IReconciler, ISelectionChangedListener {

	/** The generic editor's occurrence annotation, so that it looks as the platform's does. */
	static final String ANNOTATION_TYPE = "org.eclipse.ui.genericeditor.text";
	private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
	private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"?");

	private final Set<String> keywords = BarometerPresentationReconciler.keywords();
	private ISourceViewer viewer;
	private Annotation[] shown = new Annotation[0];

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ISourceViewer sourceViewer && sourceViewer.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			this.viewer = sourceViewer;
			provider.addPostSelectionChangedListener(this);
		}
	}

	@Override
	public void uninstall() {
		if (viewer != null && viewer.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(this);
		}
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		if (viewer == null || !(event.getSelection() instanceof ITextSelection selection) || viewer.getDocument() == null) {
			return;
		}
		show(occurrences(viewer.getDocument(), selection.getOffset()));
	}

	/** The name's occurrences in the code, keyed by annotation; empty when the caret is on no name. */
	Map<Annotation, Position> occurrences(IDocument document, int caret) {
		Map<Annotation, Position> found = new HashMap<>();
		try {
			ITypedRegion[] regions = TextUtilities.computePartitioning(document, BarometerPartitions.PARTITIONING, 0,
					document.getLength(), false);
			String name = nameAt(document, regions, caret);
			if (name == null) {
				return found;
			}
			for (ITypedRegion region : regions) {
				if (!IDocument.DEFAULT_CONTENT_TYPE.equals(region.getType())) {
					continue;
				}
				String code = withoutStrings(document.get(region.getOffset(), region.getLength()));
				Matcher words = WORD.matcher(code);
				while (words.find()) {
					if (words.group().equals(name)) {
						found.put(new Annotation(ANNOTATION_TYPE, false, name), new Position(region.getOffset() + words.start(), name.length()));
					}
				}
			}
		} catch (BadLocationException e) {
			found.clear();
		}
		return found.size() > 1 ? found : Map.of();
	}

	private String nameAt(IDocument document, ITypedRegion[] regions, int caret) throws BadLocationException {
		for (ITypedRegion region : regions) {
			if (caret < region.getOffset() || caret > region.getOffset() + region.getLength()
					|| !IDocument.DEFAULT_CONTENT_TYPE.equals(region.getType())) {
				continue;
			}
			String code = withoutStrings(document.get(region.getOffset(), region.getLength()));
			Matcher words = WORD.matcher(code);
			while (words.find()) {
				int start = region.getOffset() + words.start();
				int end = region.getOffset() + words.end();
				if (start <= caret && caret <= end && !keywords.contains(words.group()) && !Character.isDigit(words.group().charAt(0))) {
					return words.group();
				}
			}
		}
		return null;
	}

	/** The code with its "strings" blanked, offsets kept. */
	static String withoutStrings(String code) {
		Matcher strings = STRING.matcher(code);
		StringBuilder blanked = new StringBuilder(code);
		while (strings.find()) {
			for (int i = strings.start(); i < strings.end(); i++) {
				if (blanked.charAt(i) != '\n') {
					blanked.setCharAt(i, ' ');
				}
			}
		}
		return blanked.toString();
	}

	private void show(Map<Annotation, Position> occurrences) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown, occurrences);
			shown = occurrences.keySet().toArray(Annotation[]::new);
		}
	}
}
