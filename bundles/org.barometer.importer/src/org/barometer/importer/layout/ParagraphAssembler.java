package org.barometer.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.barometer.importer.text.WrappedText;

/**
 * Puts prose back into paragraphs, in either layout: a line per paragraph (issue 17) or
 * paragraphs wrapped over lines and broken by page furniture (issue 18). Lines next to each
 * other join; a blank line ends a paragraph unless the text plainly runs on: a paragraph that
 * stops mid-sentence continues in the next block, as at a page break. A list item ("1.",
 * "-", "•", "1)") after a complete sentence starts a paragraph of its own, and a short line
 * without a full stop before a capitalised line is a title, kept as a paragraph of its own.
 * Lines are only read here; the caller claims those it uses.
 */
final class ParagraphAssembler {

	private static final Pattern LIST_ITEM = Pattern.compile("(?:\\d{1,2}[.)]|[-•–●▪■]|\\(?[a-z]\\))\\s+\\S.*");
	private static final int LONGEST_TITLE = 100;
	private static final int MOST_TITLE_WORDS = 14;
	/** A title printed directly above its paragraph is shorter than a wrapped line. */
	private static final int LONGEST_INLINE_TITLE = 60;

	private final LineLedger ledger;

	ParagraphAssembler(LineLedger ledger) {
		this.ledger = ledger;
	}

	List<Paragraph> paragraphs(int from, int to) {
		List<Paragraph> out = new ArrayList<>();
		StringBuilder text = null;
		List<Integer> lines = null;
		int previous = -1;
		boolean blockEnded = false;
		for (int i = from; i < to; i++) {
			if (!ledger.isFree(i)) {
				blockEnded |= previous >= 0;
				continue;
			}
			String line = ledger.text(i);
			boolean startsNew;
			if (text == null) {
				startsNew = true;
			} else if (isListItem(line) && WrappedText.endsComplete(text.toString())) {
				startsNew = true;
			} else if (!blockEnded) {
				startsNew = lines.size() == 1 && isTitle(text.toString()) && text.length() <= LONGEST_INLINE_TITLE
						&& WrappedText.startsUpperCaseOrDigit(line);
			} else {
				startsNew = !runsOn(text.toString(), lines.size(), line);
			}
			if (startsNew) {
				if (text != null) {
					out.add(new Paragraph(text.toString(), List.copyOf(lines)));
				}
				text = new StringBuilder(line);
				lines = new ArrayList<>();
			} else {
				WrappedText.append(text, line);
			}
			lines.add(i);
			previous = i;
			blockEnded = false;
		}
		if (text != null) {
			out.add(new Paragraph(text.toString(), List.copyOf(lines)));
		}
		return out;
	}

	/** Whether a paragraph broken off by a blank line or a page break continues with {@code next}. */
	private static boolean runsOn(String paragraph, int lineCount, String next) {
		if (WrappedText.endsComplete(paragraph) || isListItem(next)) {
			return false;
		}
		return !(lineCount == 1 && isTitle(paragraph)) || WrappedText.startsLowerCase(next);
	}

	static boolean isListItem(String line) {
		return LIST_ITEM.matcher(line).matches();
	}

	/** A heading-like paragraph: short, capitalised, without a sentence's end. */
	static boolean isTitle(String text) {
		return text.length() <= LONGEST_TITLE && text.split("\\s+").length <= MOST_TITLE_WORDS
				&& WrappedText.startsUpperCaseOrDigit(text) && !WrappedText.endsComplete(text) && !text.endsWith(",")
				&& !isListItem(text);
	}
}
