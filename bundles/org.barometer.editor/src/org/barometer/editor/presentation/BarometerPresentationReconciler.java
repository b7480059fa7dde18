package org.barometer.editor.presentation;

import org.barometer.lang.BarometerKeywords;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Lexical colouring per partition, with the keywords taken from the grammar itself, and the
 * narrative markup (bold, italic, list markers) in text blocks; on top of
 * it, the semantic colours of the live model (dates, scores by sign, figures that disagree).
 */
public class BarometerPresentationReconciler extends PresentationReconciler {

	private final SemanticHighlighting semantic = new SemanticHighlighting();

	public BarometerPresentationReconciler() {
		setDocumentPartitioning(BarometerPartitions.PARTITIONING);
		repair(IDocument.DEFAULT_CONTENT_TYPE, new BarometerCodeScanner(BarometerKeywords.words()));
		repair(BarometerPartitions.TEXT_BLOCK, new NarrativeScanner());
		repair(BarometerPartitions.STRING, whole(BarometerColours.STRING));
		repair(BarometerPartitions.COMMENT, whole(BarometerColours.COMMENT));
	}

	@Override
	public void install(ITextViewer viewer) {
		super.install(viewer);
		semantic.install(viewer);
	}

	@Override
	public void uninstall() {
		semantic.uninstall();
		super.uninstall();
	}

	private void repair(String contentType, ITokenScanner scanner) {
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner);
		setDamager(repairer, contentType);
		setRepairer(repairer, contentType);
	}

	private static ITokenScanner whole(TextAttribute attribute) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(new Token(attribute));
		return scanner;
	}
}
