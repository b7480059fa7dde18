package org.barometer.editor.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.barometer.model.text.MarkupSpan;
import org.barometer.model.text.NarrativeMarkup;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * The prose of a text block as it will print: bold and italic shown so, their stars and the
 * list markers set apart, everything else in the prose colour (never a keyword's). The markup
 * is read by the model's {@link NarrativeMarkup} over the whole block, since emphasis may run
 * over a wrapped line; only the tokens of the requested range (which may be part of a block)
 * are handed out.
 */
class NarrativeScanner implements ITokenScanner {

	private static final String FENCE = "\"\"\"";

	private final IToken prose = new Token(BarometerColours.TEXT_BLOCK);
	/** One token per kind of markup, made once: the scanner runs on every repair of the presentation. */
	private static final Map<MarkupSpan.Kind, IToken> MARKUP = BarometerColours.NARRATIVE.entrySet().stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> new Token(entry.getValue())));
	private final List<int[]> stretches = new ArrayList<>();
	private final List<IToken> tokens = new ArrayList<>();
	private int next;

	@Override
	public void setRange(IDocument document, int offset, int length) {
		stretches.clear();
		tokens.clear();
		next = 0;
		int end = offset + length;
		int position = offset;
		try {
			ITypedRegion block = TextUtilities.getPartition(document, BarometerPartitions.PARTITIONING, offset, false);
			int inner = block.getOffset();
			String text = document.get(block.getOffset(), block.getLength());
			int innerEnd = block.getOffset() + text.length();
			if (text.startsWith(FENCE)) {
				inner += FENCE.length();
			}
			if (text.length() >= 2 * FENCE.length() && text.endsWith(FENCE)) {
				innerEnd -= FENCE.length();
			}
			String prose = innerEnd > inner ? document.get(inner, innerEnd - inner) : "";
			for (MarkupSpan span : NarrativeMarkup.spans(prose)) {
				int from = Math.max(inner + span.offset(), position);
				int to = Math.min(inner + span.end(), end);
				if (from >= to) {
					continue;
				}
				add(position, from, this.prose);
				add(from, to, MARKUP.get(span.kind()));
				position = to;
			}
		} catch (BadLocationException e) {
			// the document changed under us: the rest in the prose colour, repainted on the next change
		}
		add(position, end, prose);
	}

	private void add(int from, int to, IToken token) {
		if (to > from) {
			stretches.add(new int[] { from, to - from });
			tokens.add(token);
		}
	}

	@Override
	public IToken nextToken() {
		return next < tokens.size() ? tokens.get(next++) : Token.EOF;
	}

	@Override
	public int getTokenOffset() {
		return stretches.get(next - 1)[0];
	}

	@Override
	public int getTokenLength() {
		return stretches.get(next - 1)[1];
	}
}
