package org.barometer.editor.assist;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.contentassist.ICompletionProposal;

/**
 * The proposals {@link RowStartAssist} computed to decide whether to open the popup, handed on
 * to the content assistant that opens it: each computation parses the whole issue, and the row's
 * first keystroke computed them twice. An offer holds for the same document, unchanged, at the
 * same offset, and is taken once (the assistant may ask from its own thread).
 */
final class RowStartProposals {

	private record Offer(WeakReference<IDocument> document, long stamp, int offset, ICompletionProposal[] proposals) {
	}

	private static final AtomicReference<Offer> OFFER = new AtomicReference<>();

	private RowStartProposals() {
	}

	static void offer(IDocument document, int offset, ICompletionProposal[] proposals) {
		OFFER.set(new Offer(new WeakReference<>(document), stamp(document), offset, proposals));
	}

	/** The proposals offered for this document as it is, at this offset; null when there are none. */
	static ICompletionProposal[] take(IDocument document, int offset) {
		Offer offer = OFFER.getAndSet(null);
		if (offer == null || offer.document().get() != document || offer.offset() != offset || offer.stamp() != stamp(document)
				|| offer.stamp() == IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP) {
			return null;
		}
		return offer.proposals();
	}

	private static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}
}
