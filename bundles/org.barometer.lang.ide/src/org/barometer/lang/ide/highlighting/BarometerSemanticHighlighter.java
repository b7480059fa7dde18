package org.barometer.lang.ide.highlighting;

import org.barometer.model.BarometerPackage.Literals;
import org.barometer.model.EventDate;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.SecurityEvent;
import org.barometer.model.StatedFigure;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** Colours what the lexer cannot tell apart: dates, scores by sign, stated figures that disagree. */
public class BarometerSemanticHighlighter implements ISemanticHighlightingCalculator {

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getContents().isEmpty()) {
			return;
		}
		var contents = EcoreUtil.<EObject>getAllContents(resource, true);
		while (contents.hasNext()) {
			if (cancelIndicator.isCanceled()) {
				return;
			}
			EObject object = contents.next();
			if (object instanceof EventDate date) {
				highlight(date, Literals.EVENT_DATE__TEXT, BarometerHighlightingStyles.DATE, acceptor);
			} else if (object instanceof RelationshipEvent event) {
				highlight(event, Literals.RELATIONSHIP_EVENT__SCORE, scoreStyle(event.getScore()), acceptor);
			} else if (object instanceof SecurityEvent event) {
				highlight(event, Literals.SECURITY_EVENT__NATIONAL, scoreStyle(event.getNational()), acceptor);
				highlight(event, Literals.SECURITY_EVENT__REGIONAL, scoreStyle(event.getRegional()), acceptor);
			} else if (object instanceof StatedFigure figure) {
				Integer computed = figure.computedValue();
				if (computed != null && computed != figure.getValue()) {
					highlight(figure, Literals.STATED_FIGURE__VALUE, BarometerHighlightingStyles.DISAGREEING_FIGURE, acceptor);
				}
			}
		}
	}

	static String scoreStyle(int score) {
		return score > 0 ? BarometerHighlightingStyles.POSITIVE_SCORE
				: score < 0 ? BarometerHighlightingStyles.NEGATIVE_SCORE : BarometerHighlightingStyles.ZERO_SCORE;
	}

	private static void highlight(EObject object, EAttribute feature, String style, IHighlightedPositionAcceptor acceptor) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), style);
		}
	}
}
