package org.barometer.editor.presentation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.lang.BarometerKeywords;
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
 * A caret move reads only the caret's partition; the document is searched for the name only
 * when the caret stands on one, and each match is kept if its partition is code.
 */
public class CodeOccurrences implements IReconciler, ISelectionChangedListener {

	/** The generic editor's occurrence annotation, so that it looks as the platform's does. */
	static final String ANNOTATION_TYPE = "org.eclipse.ui.genericeditor.text";
	private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

	private final Set<String> keywords = BarometerKeywords.words();
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
			String name = nameAt(document, caret);
			if (name == null) {
				return found;
			}
			Matcher matches = Pattern.compile("(?<!\\w)" + Pattern.quote(name) + "(?!\\w)", Pattern.UNICODE_CHARACTER_CLASS)
					.matcher(document.get());
			while (matches.find()) {
				if (isCode(document, matches.start())) {
					found.put(new Annotation(ANNOTATION_TYPE, false, name), new Position(matches.start(), name.length()));
				}
			}
		} catch (BadLocationException e) {
			found.clear();
		}
		return found.size() > 1 ? found : Map.of();
	}

	/** The name the caret is in or just after, read from the caret's partition alone. */
	private String nameAt(IDocument document, int caret) throws BadLocationException {
		for (int at : new int[] { caret, caret - 1 }) { // a caret right after a name may stand at its partition's end
			if (at < 0 || at > document.getLength()) {
				continue;
			}
			ITypedRegion region = TextUtilities.getPartition(document, BarometerPartitions.PARTITIONING, at, false);
			if (!IDocument.DEFAULT_CONTENT_TYPE.equals(region.getType())) {
				continue;
			}
			Matcher words = WORD.matcher(document.get(region.getOffset(), region.getLength()));
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

	private static boolean isCode(IDocument document, int offset) throws BadLocationException {
		return IDocument.DEFAULT_CONTENT_TYPE.equals(TextUtilities.getContentType(document, BarometerPartitions.PARTITIONING, offset, false));
	}

	private void show(Map<Annotation, Position> occurrences) {
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown, occurrences);
			shown = occurrences.keySet().toArray(Annotation[]::new);
		}
	}
}
