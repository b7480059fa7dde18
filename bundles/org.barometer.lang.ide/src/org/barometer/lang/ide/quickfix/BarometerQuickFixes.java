package org.barometer.lang.ide.quickfix;

import static org.barometer.lang.validation.BarometerIssueCodes.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.barometer.lang.ide.edits.TextEdit;
import org.barometer.lang.ide.source.SourceRegions;
import org.barometer.model.BarometerPackage.Literals;
import org.barometer.model.Event;
import org.barometer.model.FigureKind;
import org.barometer.model.Issue;
import org.barometer.model.RelationshipSection;
import org.barometer.model.Section;
import org.barometer.model.SecuritySection;
import org.barometer.model.StatedFigure;
import org.barometer.model.dates.ChronologicalOrder;
import org.barometer.model.scale.BandRangeText;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;

/**
 * Fixes for the validator's diagnostics, as text edits: a stated figure or colour replaced by
 * the computed one, a catalogue sorted chronologically, a missing relationship section added.
 * The editor passes a diagnostic as Xtext reports it (full issue code, region, data); the
 * fixes are computed from the model at that region, so they stay right when the data is
 * absent, and the list is empty for a diagnostic that has no fix or a region that no longer
 * holds what the diagnostic was about.
 */
public class BarometerQuickFixes {

	/** Indentation of a new section's contents: the files' two spaces (see the examples). */
	static final String INDENT = "  ";

	/** The diagnostics that have a fix, when the region still holds what they were about. */
	private static final Set<String> FIXABLE = Set.of(STATED_FIGURE_MISMATCH, STATED_AGGREGATE_NOT_SUM,
			STATED_COLOUR_MISMATCH, CATALOGUE_OUT_OF_ORDER, MISSING_SECTION);

	@Inject
	private IValueConverterService valueConverters;

	/** Whether a diagnostic of this code can have a fix: cheap, for lists that decorate every problem. */
	public static boolean hasFixFor(String issueCode) {
		return FIXABLE.contains(issueCode);
	}

	public List<QuickFix> fixesFor(XtextResource resource, String issueCode, int offset, int length, String[] data) {
		if (resource == null || issueCode == null) {
			return List.of();
		}
		QuickFix fix = switch (issueCode) {
			case STATED_FIGURE_MISMATCH, STATED_AGGREGATE_NOT_SUM -> replaceFigure(resource, issueCode, offset, data);
			case STATED_COLOUR_MISMATCH -> replaceColour(resource, offset, data);
			case CATALOGUE_OUT_OF_ORDER -> sortCatalogue(resource, offset);
			case MISSING_SECTION -> addSection(resource, data);
			default -> null;
		};
		return fix == null ? List.of() : List.of(fix);
	}

	// ------------------------------------------------------------------ stated figures and colour

	private static QuickFix replaceFigure(XtextResource resource, String issueCode, int offset, String[] data) {
		StatedFigure figure = SourceRegions.enclosing(SourceRegions.elementAt(resource, offset), StatedFigure.class);
		ITextRegion value = SourceRegions.of(figure, Literals.STATED_FIGURE__VALUE);
		if (value == null) {
			return null;
		}
		String replacement = first(data);
		if (replacement == null) {
			Integer computed = issueCode.equals(STATED_FIGURE_MISMATCH) ? figure.computedValue() : statedPositivePlusNegative(figure);
			replacement = computed == null ? null : BandRangeText.signed(computed);
		}
		if (replacement == null) {
			return null;
		}
		return new QuickFix("Replace by the computed " + replacement,
				List.of(new TextEdit(value.getOffset(), value.getLength(), replacement)));
	}

	private static Integer statedPositivePlusNegative(StatedFigure aggregate) {
		if (!(aggregate.eContainer() instanceof Section section)) {
			return null;
		}
		Integer positive = null;
		Integer negative = null;
		for (StatedFigure figure : section.getFigures()) {
			if (figure.getKind() == FigureKind.POSITIVE && positive == null) {
				positive = figure.getValue();
			} else if (figure.getKind() == FigureKind.NEGATIVE && negative == null) {
				negative = figure.getValue();
			}
		}
		return positive == null || negative == null ? null : positive + negative;
	}

	private static QuickFix replaceColour(XtextResource resource, int offset, String[] data) {
		SecuritySection section = SourceRegions.enclosing(SourceRegions.elementAt(resource, offset), SecuritySection.class);
		ITextRegion colour = SourceRegions.of(section, Literals.SECURITY_SECTION__STATED_COLOUR);
		if (colour == null) {
			return null;
		}
		String band = first(data);
		if (band == null && section.regionalBand() != null) {
			band = section.regionalBand().getName();
		}
		if (band == null) {
			return null;
		}
		return new QuickFix("Set the colour to " + band, List.of(new TextEdit(colour.getOffset(), colour.getLength(), band)));
	}

	// ------------------------------------------------------------------ catalogue order

	/**
	 * The rows of the catalogue at the offset, in the model's chronological order. Each row
	 * moves with the comments that follow it on its line; what lies between rows (line breaks,
	 * indentation, comment lines) stays where it is.
	 */
	private static QuickFix sortCatalogue(XtextResource resource, int offset) {
		EObject element = SourceRegions.elementAt(resource, offset);
		Event event = SourceRegions.enclosing(element, Event.class);
		EObject container = event != null ? event.eContainer() : SourceRegions.enclosing(element, Section.class);
		List<? extends Event> rows = container instanceof RelationshipSection section ? section.getEvents()
				: container instanceof SecuritySection section ? section.getEvents() : List.of();
		ICompositeNode containerNode = container == null ? null : NodeModelUtils.getNode(container);
		if (rows.size() < 2 || containerNode == null) {
			return null;
		}
		List<? extends Event> sorted = ChronologicalOrder.sorted(rows);
		if (sorted.equals(rows)) {
			return null;
		}
		List<ILeafNode> leaves = new ArrayList<>();
		containerNode.getLeafNodes().forEach(leaves::add);
		String text = resource.getParseResult().getRootNode().getText();
		int[] starts = new int[rows.size()];
		int[] ends = new int[rows.size()];
		Map<Event, Integer> originalIndex = new IdentityHashMap<>();
		int leaf = 0;
		for (int i = 0; i < rows.size(); i++) {
			originalIndex.put(rows.get(i), i);
			INode node = NodeModelUtils.getNode(rows.get(i));
			if (node == null) {
				return null;
			}
			starts[i] = node.getOffset();
			while (leaf < leaves.size() && leaves.get(leaf).getTotalEndOffset() <= node.getEndOffset()) {
				leaf++;
			}
			ends[i] = SourceRegions.endWithTrailingComments(leaves, leaf, node.getEndOffset());
		}
		StringBuilder replacement = new StringBuilder();
		for (int i = 0; i < rows.size(); i++) {
			int row = originalIndex.get(sorted.get(i));
			replacement.append(text, starts[row], ends[row]);
			if (i + 1 < rows.size()) {
				replacement.append(text, ends[i], starts[i + 1]);
			}
		}
		int start = starts[0];
		int end = ends[rows.size() - 1];
		return new QuickFix("Sort the catalogue chronologically", List.of(new TextEdit(start, end - start, replacement.toString())));
	}

	// ------------------------------------------------------------------ missing section

	/**
	 * A section with the parts the validator asks for, left empty for the analyst: after the
	 * last relationship section, else before the security section or the authors, else at the end.
	 */
	private QuickFix addSection(XtextResource resource, String[] data) {
		String name = first(data);
		if (name == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Issue issue)) {
			return null;
		}
		String reference;
		try {
			reference = valueConverters.toString(name, "ID");
		} catch (ValueConverterException e) {
			return null; // not a name a section can refer to
		}
		String section = "relationship " + reference + " {\n" + INDENT + "trends\n" + INDENT + INDENT + "1. \"\"\n" + INDENT
				+ "forecast \"\"\n" + INDENT + "events\n}";
		String label = "Add a section for " + name;
		ICompositeNode root = resource.getParseResult().getRootNode();
		String text = root.getText();
		if (!issue.getSections().isEmpty()) {
			INode last = NodeModelUtils.getNode(issue.getSections().get(issue.getSections().size() - 1));
			if (last == null) {
				return null;
			}
			List<ILeafNode> leaves = new ArrayList<>();
			root.getLeafNodes().forEach(leaves::add);
			int end = SourceRegions.endWithTrailingComments(leaves, 0, last.getEndOffset());
			return new QuickFix(label, List.of(new TextEdit(end, 0, "\n\n" + section)));
		}
		int next = firstKeyword(root, "security", "authors");
		if (next >= 0) {
			return new QuickFix(label, List.of(new TextEdit(next, 0, section + "\n\n")));
		}
		String before = text.isEmpty() || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n";
		return new QuickFix(label, List.of(new TextEdit(text.length(), 0, before + section + "\n")));
	}

	/**
	 * The offset of the first of these keywords in the text, or -1. Read from the tokens, not
	 * the model: an empty "security {}" has no element in the model, but it is still there.
	 */
	private static int firstKeyword(ICompositeNode root, String... keywords) {
		List<String> wanted = List.of(keywords);
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword keyword && wanted.contains(keyword.getValue())) {
				return leaf.getOffset();
			}
		}
		return -1;
	}

	private static String first(String[] data) {
		return data == null || data.length == 0 || data[0] == null || data[0].isBlank() ? null : data[0];
	}
}
