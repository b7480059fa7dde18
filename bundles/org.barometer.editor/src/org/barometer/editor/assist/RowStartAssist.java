package org.barometer.editor.assist;

import java.util.function.Supplier;

import org.barometer.editor.presentation.BarometerPartitions;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.VerifyKeyListener;
import org.eclipse.swt.events.VerifyEvent;

/**
 * Opens content assist by itself at one place only: when the first character of a catalogue
 * row is typed, so that the analyst picks the date among the issue's. Everywhere else (a
 * score's digits, a comment, prose) it waits for Ctrl+Space; the generic editor's "assist on
 * every letter" is turned off for this reason (see {@link TypingAssistDefaults}). The popup
 * opens only where the row's proposals are not empty, so a keyword typed at the start of a
 * line ({@code trends}, {@code events}) opens nothing; the proposals computed to decide that are
 * the ones shown ({@link RowStartProposals}). Registered as a reconciler only because
 * that is how the generic editor hands a contribution its viewer.
 */
public class RowStartAssist implements IReconciler, VerifyKeyListener {

	private final Supplier<IContentAssistProcessor> processors;
	private IContentAssistProcessor processor;
	private ITextViewer viewer;

	public RowStartAssist() {
		this(BarometerContentAssistProcessor::new);
	}

	/** With the processor that computes a row's proposals, made at the first row typed (the language loads by then). */
	public RowStartAssist(Supplier<IContentAssistProcessor> processors) {
		this.processors = processors;
	}

	@Override
	public void install(ITextViewer textViewer) {
		this.viewer = textViewer;
		if (textViewer instanceof ITextViewerExtension extension) {
			extension.appendVerifyKeyListener(this);
		}
	}

	@Override
	public void uninstall() {
		if (viewer instanceof ITextViewerExtension extension) {
			extension.removeVerifyKeyListener(this);
		}
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	@Override
	public void verifyKey(VerifyEvent event) {
		if (!event.doit || viewer == null || !startsADate(event.character) || !atRowStart(caret())) {
			return;
		}
		// after the character is in the text, so that it is the prefix the proposals complete
		viewer.getTextWidget().getDisplay().asyncExec(this::openIfAnyProposal);
	}

	private static boolean startsADate(char c) {
		return Character.isLetterOrDigit(c) || c == '-';
	}

	private int caret() {
		int widgetCaret = viewer.getTextWidget().getCaretOffset();
		return viewer instanceof ITextViewerExtension5 extension ? extension.widgetOffset2ModelOffset(widgetCaret) : widgetCaret;
	}

	/** Only indentation before the caret on its line, outside narratives and comments, with no selection. */
	boolean atRowStart(int offset) {
		IDocument document = viewer.getDocument();
		if (document == null || offset < 0 || viewer.getSelectedRange().y > 0) {
			return false;
		}
		try {
			int lineStart = document.getLineOffset(document.getLineOfOffset(offset));
			return document.get(lineStart, offset - lineStart).isBlank()
					&& IDocument.DEFAULT_CONTENT_TYPE.equals(TextUtilities.getContentType(document, BarometerPartitions.PARTITIONING, offset, false));
		} catch (BadLocationException e) {
			return false;
		}
	}

	private void openIfAnyProposal() {
		if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		if (!(viewer instanceof ITextOperationTarget target) || !target.canDoOperation(ISourceViewer.CONTENTASSIST_PROPOSALS)) {
			return;
		}
		int offset = caret();
		if (processor == null) {
			processor = processors.get();
		}
		ICompletionProposal[] proposals = processor.computeCompletionProposals(viewer, offset);
		if (proposals.length > 0) {
			// the assistant shows these rather than parsing the issue again for the same offset
			RowStartProposals.offer(viewer.getDocument(), offset, proposals);
			target.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		}
	}
}
