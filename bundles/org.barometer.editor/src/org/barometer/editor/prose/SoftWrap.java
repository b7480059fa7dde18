package org.barometer.editor.prose;

import org.barometer.editor.preferences.EditorPreferences;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;

/**
 * Narrative lines wrap at the window's edge, the wrapped part indented so that a paragraph's
 * continuation stands out from the next line. Whether lines wrap is the text editor's own
 * word-wrap setting (Alt+Shift+Y toggles it), whose default {@link EditorPreferences} turns on
 * for the Barometer editor; here the indent of the wrapped part. Registered as a reconciler
 * only because that is how the generic editor hands a contribution its viewer; it reconciles
 * nothing.
 */
public class SoftWrap implements IReconciler {

	/** Columns the wrapped part of a line is indented by, beyond the deepest indentation the examples use. */
	static final int WRAP_INDENT_COLUMNS = 6;

	@Override
	public void install(ITextViewer viewer) {
		StyledText text = viewer.getTextWidget();
		if (text == null || text.isDisposed()) {
			return;
		}
		GC gc = new GC(text);
		try {
			text.setWrapIndent(WRAP_INDENT_COLUMNS * gc.getFontMetrics().getAverageCharacterWidth() > 0
					? (int) Math.round(WRAP_INDENT_COLUMNS * gc.getFontMetrics().getAverageCharacterWidth())
					: WRAP_INDENT_COLUMNS * 8);
		} finally {
			gc.dispose();
		}
	}

	@Override
	public void uninstall() {
		// the indent goes with the widget
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

}
