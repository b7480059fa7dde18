package org.barometer.lang.ide;

import org.barometer.lang.ide.contentassist.BarometerProposalProvider;
import org.barometer.lang.ide.highlighting.BarometerSemanticHighlighter;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

/** The UI-independent editor services of the Barometer language; the editor bundle adapts them to JFace. */
public class BarometerIdeModule extends AbstractBarometerIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return BarometerSemanticHighlighter.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return BarometerProposalProvider.class;
	}
}
