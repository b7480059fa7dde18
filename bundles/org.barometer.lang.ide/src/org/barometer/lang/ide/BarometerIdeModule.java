package org.barometer.lang.ide;

import org.barometer.lang.ide.contentassist.BarometerProposalProvider;
import org.barometer.lang.ide.contentassist.DateAwareContextFactory;
import org.barometer.lang.ide.highlighting.BarometerSemanticHighlighter;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

/**
 * The UI-independent editor services of the Barometer language; the editor bundle adapts them to JFace.
 * Bound here: what customises an Xtext service. Obtained unbound, by {@code injector.getInstance}:
 * {@link org.barometer.lang.ide.hover.BarometerHoverTexts}, {@link org.barometer.lang.ide.outline.BarometerOutline},
 * {@link org.barometer.lang.ide.quickfix.BarometerQuickFixes} and
 * {@link org.barometer.lang.ide.formatting.BarometerFormatting}, which answer in plain text and text edits.
 */
public class BarometerIdeModule extends AbstractBarometerIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return BarometerSemanticHighlighter.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return BarometerProposalProvider.class;
	}

	public Class<? extends ContentAssistContextFactory> bindContentAssistContextFactory() {
		return DateAwareContextFactory.class;
	}
}
