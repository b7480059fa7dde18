package org.barometer.editor.assist;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Point;

/**
 * A proposal that replaces the typed prefix and then selects a region of what it inserted (a
 * template's placeholder), or puts the caret after it.
 */
final class InsertionProposal extends TextInsertion {

	private final Point selectionInText;

	/**
	 * @param selectionInText offset and length, relative to the text, to select once inserted; null for the caret after it
	 */
	InsertionProposal(String text, int offset, int replacedLength, Point selectionInText, String display, String documentation) {
		super(text, offset, replacedLength, display, documentation);
		this.selectionInText = selectionInText;
	}

	@Override
	public Point getSelection(IDocument document) {
		return selectionInText == null ? new Point(offset + text.length(), 0)
				: new Point(offset + selectionInText.x, selectionInText.y);
	}
}
