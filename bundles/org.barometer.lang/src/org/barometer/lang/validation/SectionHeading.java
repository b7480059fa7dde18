package org.barometer.lang.validation;

import org.barometer.model.Section;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The first word of a section (relationship / security), where a diagnostic about the whole
 * section goes: marking the section itself would cover most of the file.
 */
final class SectionHeading {

	private SectionHeading() {
	}

	/** The section's first token, or null when the section has no text (built, not parsed). */
	static ILeafNode of(Section section) {
		ICompositeNode node = NodeModelUtils.getNode(section);
		if (node == null) {
			return null;
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf;
			}
		}
		return null;
	}
}
