package org.barometer.lang.ide.quickfix;

import java.util.List;

import org.barometer.lang.ide.edits.TextEdit;

/** A fix the editor offers for a diagnostic: what it says it does, and the edits that do it. */
public record QuickFix(String label, List<TextEdit> edits) {

	public QuickFix {
		edits = List.copyOf(edits);
	}
}
