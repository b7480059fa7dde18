package org.barometer.lang.ide.source;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * Where model elements are written in the text, read from Xtext's node model. Hover,
 * outline and quick fixes all ask the same questions (which element is at this offset,
 * where is this feature written); every answer is null-safe because the editor asks on
 * every keystroke, when elements may lack nodes or features may be missing.
 */
public final class SourceRegions {

	private SourceRegions() {
	}

	/** The token under the offset, or null when there is none or it is whitespace or a comment. */
	public static ILeafNode tokenAt(XtextResource resource, int offset) {
		if (resource == null || resource.getParseResult() == null || offset < 0) {
			return null;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		if (root == null || offset >= root.getTotalEndOffset()) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		return leaf == null || leaf.isHidden() ? null : leaf;
	}

	/** The innermost model element whose text contains the offset, or null. */
	public static EObject elementAt(XtextResource resource, int offset) {
		if (resource == null || resource.getParseResult() == null || offset < 0) {
			return null;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		if (root == null || offset > root.getTotalEndOffset()) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
	}

	/** The nearest element of the given type at or above the element, or null. */
	public static <T extends EObject> T enclosing(EObject element, Class<T> type) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (type.isInstance(e)) {
				return type.cast(e);
			}
		}
		return null;
	}

	/** The element's text from its first to its last token (no surrounding whitespace), or null. */
	public static ITextRegion of(EObject element) {
		INode node = element == null ? null : NodeModelUtils.getNode(element);
		return node == null ? null : new TextRegion(node.getOffset(), node.getLength());
	}

	/** The element's first token (e.g. the keyword that starts it), or null. */
	public static ITextRegion firstToken(EObject element) {
		INode node = element == null ? null : NodeModelUtils.getNode(element);
		if (node == null) {
			return null;
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return new TextRegion(leaf.getOffset(), leaf.getLength());
			}
		}
		return null;
	}

	/** Where the feature is written (first to last of its nodes), or null when it is not. */
	public static ITextRegion of(EObject element, EStructuralFeature feature) {
		List<INode> nodes = nodes(element, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		int start = nodes.get(0).getOffset();
		INode last = nodes.get(nodes.size() - 1);
		return new TextRegion(start, last.getEndOffset() - start);
	}

	public static List<INode> nodes(EObject element, EStructuralFeature feature) {
		if (element == null || NodeModelUtils.getNode(element) == null) {
			return List.of();
		}
		return NodeModelUtils.findNodesForFeature(element, feature);
	}

	/** The feature's text as written, tokens separated by one space; null when not written. */
	public static String text(EObject element, EStructuralFeature feature) {
		List<INode> nodes = nodes(element, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (INode node : nodes) {
			text.append(text.isEmpty() ? "" : " ").append(NodeModelUtils.getTokenText(node));
		}
		return text.toString();
	}

	public static boolean contains(ITextRegion region, int offset) {
		return region != null && offset >= region.getOffset() && offset < region.getOffset() + region.getLength();
	}

	/** Whether the offset lies in the text of one of the feature's nodes. */
	public static boolean inFeature(EObject element, EStructuralFeature feature, int offset) {
		for (INode node : nodes(element, feature)) {
			if (offset >= node.getOffset() && offset < node.getEndOffset()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The offset of the element's own keyword (e.g. the "{" of a block), or -1. Only the
	 * element's direct tokens count, not those of its children.
	 */
	public static int keywordOffset(EObject element, String keyword) {
		INode node = element == null ? null : NodeModelUtils.getNode(element);
		if (!(node instanceof ICompositeNode composite)) {
			return -1;
		}
		for (INode child : composite.getChildren()) {
			if (child instanceof ILeafNode leaf && !leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword k
					&& k.getValue().equals(keyword)) {
				return leaf.getOffset();
			}
		}
		return -1;
	}

	/**
	 * The end of the text that belongs with a token ending at {@code end}: the comments that
	 * follow it on the same line are part of it (a row's "// source" note moves with the row).
	 * The line break that ends a "//" comment is not included.
	 *
	 * @param leaves the leaves of a node that contains the token and what follows it, in order
	 * @param from   an index into leaves at or before the first leaf that starts at {@code end}
	 */
	public static int endWithTrailingComments(List<ILeafNode> leaves, int from, int end) {
		int result = end;
		for (int i = Math.max(0, from); i < leaves.size(); i++) {
			ILeafNode leaf = leaves.get(i);
			if (leaf.getTotalOffset() < end) {
				continue;
			}
			if (!leaf.isHidden()) {
				break;
			}
			String text = leaf.getText();
			if (text.isBlank()) {
				if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
					break;
				}
				continue;
			}
			String comment = text.stripTrailing();
			result = leaf.getTotalOffset() + comment.length();
			if (comment.length() < text.length() || comment.indexOf('\n') >= 0) {
				break; // a "//" comment ends the line; so does a block comment that spans lines
			}
		}
		return result;
	}
}
