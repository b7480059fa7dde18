package org.barometer.lang.ide.hover;

import java.util.List;

import org.barometer.lang.ide.source.SourceRegions;
import org.barometer.model.BarometerPackage.Literals;
import org.barometer.model.Development;
import org.barometer.model.Issue;
import org.barometer.model.Section;
import org.barometer.model.Trend;
import org.barometer.model.text.NarrativeMarkup;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;

/**
 * On narrative that holds markup (lists, bold, italic): the text as it prints, without its
 * stars and with its bullets and numbers, so that an analyst sees which stars paired. Nothing
 * on plain prose, where the hover would only repeat what is under the pointer.
 */
final class NarrativeHover {

	/** Long narratives are cut: the hover is a check, not a reading pane. */
	static final int LENGTH = 600;

	private NarrativeHover() {
	}

	static String at(EObject element, int offset) {
		String narrative = null;
		if (element instanceof Trend trend && SourceRegions.inFeature(trend, Literals.TREND__TEXT, offset)) {
			narrative = trend.getText();
		} else if (element instanceof Development development) {
			List<INode> paragraphs = SourceRegions.nodes(development, Literals.DEVELOPMENT__PARAGRAPHS);
			for (int i = 0; i < paragraphs.size() && i < development.getParagraphs().size(); i++) {
				INode node = paragraphs.get(i);
				if (offset >= node.getOffset() && offset < node.getEndOffset()) {
					narrative = development.getParagraphs().get(i);
				}
			}
		} else if (element instanceof Section section && SourceRegions.inFeature(section, Literals.SECTION__FORECAST, offset)) {
			narrative = section.getForecast();
		} else if (element instanceof Issue issue && SourceRegions.inFeature(issue, Literals.ISSUE__LETTER, offset)) {
			narrative = issue.getLetter();
		}
		if (narrative == null || NarrativeMarkup.spans(narrative).isEmpty()) {
			return null;
		}
		String printed = NarrativeMarkup.plainText(narrative);
		if (printed.length() > LENGTH) {
			printed = printed.substring(0, LENGTH - 1).stripTrailing() + "…";
		}
		return "As printed:\n" + printed;
	}
}
