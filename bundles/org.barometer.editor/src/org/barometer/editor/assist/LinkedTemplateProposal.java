package org.barometer.editor.assist;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.link.LinkedModeUI;
import org.eclipse.jface.text.link.LinkedPosition;
import org.eclipse.jface.text.link.LinkedPositionGroup;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.util.TextRegion;

/**
 * A template inserted in linked mode: its fields (a row's date, description, score) are
 * framed, the first is selected, Tab moves to the next and, after the last, to the end of the
 * template; Enter or Esc leaves. Without a viewer (a plain document) it is inserted as text.
 */
final class LinkedTemplateProposal implements ICompletionProposal, ICompletionProposalExtension2 {

	private final String text;
	private final int offset;
	private final int replacedLength;
	private final List<TextRegion> fields;
	private final String display;
	private final String documentation;

	/** @param fields offset and length of each field, relative to the text, in the order Tab visits them */
	LinkedTemplateProposal(String text, int offset, int replacedLength, List<TextRegion> fields, String display, String documentation) {
		this.text = text;
		this.offset = offset;
		this.replacedLength = replacedLength;
		this.fields = fields;
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
	public void apply(ITextViewer viewer, char trigger, int stateMask, int caret) {
		IDocument document = viewer.getDocument();
		apply(document);
		try {
			LinkedModeModel model = new LinkedModeModel();
			for (int i = 0; i < fields.size(); i++) {
				TextRegion field = fields.get(i);
				LinkedPositionGroup group = new LinkedPositionGroup();
				group.addPosition(new LinkedPosition(document, offset + field.getOffset(), field.getLength(), i));
				model.addGroup(group);
			}
			model.forceInstall();
			LinkedModeUI ui = new LinkedModeUI(model, viewer);
			ui.setExitPosition(viewer, offset + text.length(), 0, Integer.MAX_VALUE);
			ui.setCyclingMode(LinkedModeUI.CYCLE_NEVER);
			ui.enter();
		} catch (BadLocationException e) {
			// the text was not inserted where expected: leave it as plain text
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		TextRegion first = fields.get(0);
		return new Point(offset + first.getOffset(), first.getLength());
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
	}

	@Override
	public void unselected(ITextViewer viewer) {
	}

	@Override
	public boolean validate(IDocument document, int at, org.eclipse.jface.text.DocumentEvent event) {
		return false;
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
