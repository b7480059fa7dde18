package org.barometer.editor.presentation;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/**
 * Repaints a whole text block on each change in it: closing a star on one line may make
 * bold a stretch that began on the line above, which the default (the changed lines only)
 * would leave as it was.
 */
class NarrativeDamagerRepairer extends DefaultDamagerRepairer {

	NarrativeDamagerRepairer() {
		super(new NarrativeScanner());
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		return partition;
	}
}
