package org.barometer.editor.assist;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * A proposal that replaces the typed prefix and then selects a region of what it inserted (a
 * template's placeholder), or puts the caret after it.
 */
final class InsertionProposal implements ICompletionProposal {

	private final String text;
	private final int offset;
	private final int replacedLength;
	private final Point selectionInText;
	private final String display;
	private final String documentation;

	/**
	 * @param selectionInText offset and length, relative to the text, to select once inserted; null for the caret after it
	 */
	InsertionProposal(String text, int offset, int replacedLength, Point selectionInText, String display, String documentation) {
		this.text = text;
		this.offset = offset;
		this.replacedLength = replacedLength;
		this.selectionInText = selectionInText;
		this.display = display;
		this.documentation = documentation;
	}

	@Override
	public void apply(IDocument document) {
		try {
			document.replace(offset, replacedLength, text);
		} catch (BadLocationException e) {
			// the document changed under the popup; the proposal no longer applies
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return selectionInText == null ? new Point(offset + text.length(), 0)
				: new Point(offset + selectionInText.x, selectionInText.y);
	}

	@Override
	public String getAdditionalProposalInfo() {
		return documentation;
	}

	@Override
	public String getDisplayString() {
		return display;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
