package org.barometer.editor.assist;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.link.LinkedModeUI;
import org.eclipse.jface.text.link.LinkedPosition;
import org.eclipse.jface.text.link.LinkedPositionGroup;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.util.TextRegion;

/**
 * A template inserted in linked mode: its fields (a row's date, description, score) are
 * framed, the first is selected, Tab moves to the next and, after the last, to the end of the
 * template; Enter or Esc leaves. Without a viewer (a plain document) it is inserted as text.
 */
final class LinkedTemplateProposal extends TextInsertion implements ICompletionProposalExtension2 {

	private final List<TextRegion> fields;

	/** @param fields offset and length of each field, relative to the text, in the order Tab visits them */
	LinkedTemplateProposal(String text, int offset, int replacedLength, List<TextRegion> fields, String display, String documentation) {
		super(text, offset, replacedLength, display, documentation);
		this.fields = fields;
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
}
