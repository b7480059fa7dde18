package org.barometer.editor.assist;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;

/** What the studio's proposals share: a text that replaces the typed prefix, a label and a description. */
abstract class TextInsertion implements ICompletionProposal {

	final String text;
	final int offset;
	final int replacedLength;
	private final String display;
	private final String documentation;

	TextInsertion(String text, int offset, int replacedLength, String display, String documentation) {
		this.text = text;
		this.offset = offset;
		this.replacedLength = replacedLength;
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
