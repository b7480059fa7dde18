package org.barometer.lang.ide.hover;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.barometer.lang.ide.outline.SecurityScores;
import org.barometer.lang.ide.source.SourceRegions;
import org.barometer.model.Band;
import org.barometer.model.Event;
import org.barometer.model.Issue;
import org.barometer.model.BarometerPackage.Literals;
import org.barometer.model.PublicationProfile;
import org.barometer.model.Relationship;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.Section;
import org.barometer.model.SecurityEvent;
import org.barometer.model.SecuritySection;
import org.barometer.model.StatedFigure;
import org.barometer.model.navigation.Containers;
import org.barometer.model.scale.BandRangeText;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * What an editor shows when the pointer rests on a figure: the numbers behind it, computed
 * by the model (running and final totals on a score, the indices on a section heading, the
 * computed value beside a stated figure or colour), and narrative with markup as it prints. Plain text, so that any editor can show
 * it; empty wherever there is nothing to explain. Called on every hover, on text that may be
 * half typed: it never resolves more than the element under the pointer needs.
 */
public class BarometerHoverTexts {

	public Optional<String> hoverAt(XtextResource resource, int offset) {
		ILeafNode token = SourceRegions.tokenAt(resource, offset);
		if (token == null) {
			return Optional.empty();
		}
		EObject element = NodeModelUtils.findActualSemanticObjectFor(token);
		String text = null;
		if (element instanceof RelationshipEvent event && SourceRegions.inFeature(event, Literals.RELATIONSHIP_EVENT__SCORE, offset)) {
			text = runningTotal(event);
		} else if (element instanceof SecurityEvent event
				&& (SourceRegions.inFeature(event, Literals.SECURITY_EVENT__NATIONAL, offset)
						|| SourceRegions.inFeature(event, Literals.SECURITY_EVENT__REGIONAL, offset))) {
			text = runningTotals(event);
		} else if (element instanceof StatedFigure figure) {
			text = statedFigure(figure);
		} else if (element instanceof SecuritySection section && isStatedColour(section, token, offset)) {
			text = statedColour(section);
		} else if (element instanceof RelationshipSection section && isHeading(section, offset)) {
			text = indices(section);
		} else if (element instanceof SecuritySection section && isHeading(section, offset)) {
			text = indices(section);
		} else {
			text = NarrativeHover.at(element, offset);
		}
		String printed = printed(element);
		if (printed != null) {
			// an imported row or figure: where the publication printed it, under whatever else the hover says
			text = text == null ? printed : text + "\n" + printed;
		}
		return Optional.ofNullable(text);
	}

	// ------------------------------------------------------------------ provenance

	/** "Printed in issue-18.txt, l. 1313–1315" for an imported row or stated figure; null for one typed in the studio. */
	private static String printed(EObject element) {
		String where = element instanceof Event event ? event.getPrinted() : element instanceof StatedFigure figure ? figure.getPrinted() : null;
		if (where == null) {
			return null;
		}
		Issue issue = element.eResource() == null || element.eResource().getContents().isEmpty()
				|| !(element.eResource().getContents().get(0) instanceof Issue i) ? null : i;
		String source = issue == null || issue.getImportedFrom() == null ? "the published issue" : issue.getImportedFrom();
		return "Printed in " + source + ", " + where;
	}

	// ------------------------------------------------------------------ scores

	private static String runningTotal(RelationshipEvent event) {
		if (!(event.eContainer() instanceof RelationshipSection section)) {
			return null;
		}
		List<RelationshipEvent> rows = section.getEvents();
		int row = rows.indexOf(event);
		int running = 0;
		for (int i = 0; i <= row; i++) {
			running += rows.get(i).isSetScore() ? rows.get(i).getScore() : 0;
		}
		return "Running total after row " + (row + 1) + ": " + signed(running) + "\nSection total: "
				+ signed(section.getAggregateIndex()) + " (positive " + signed(section.getPositivePoints()) + ", negative "
				+ signed(section.getNegativePoints()) + ")";
	}

	private static String runningTotals(SecurityEvent event) {
		if (!(event.eContainer() instanceof SecuritySection section)) {
			return null;
		}
		List<SecurityEvent> rows = section.getEvents();
		int row = rows.indexOf(event);
		int national = 0;
		int regional = 0;
		for (int i = 0; i <= row; i++) {
			national += rows.get(i).isSetNational() ? rows.get(i).getNational() : 0;
			regional += rows.get(i).isSetRegional() ? rows.get(i).getRegional() : 0;
		}
		Band band = section.regionalBand();
		return "This row: " + SecurityScores.inWords(event) + "\nRunning totals after row " + (row + 1) + ": national " + signed(national) + ", regional " + signed(regional)
				+ "\nSection totals: national " + signed(section.getNationalSecurityIndex()) + ", regional "
				+ signed(section.getRegionalTensionIndex()) + (band == null ? "" : " (" + band.getName() + ")");
	}

	// ------------------------------------------------------------------ section headings

	/** The heading of a section: its tokens before the "{" (all of them while the "{" is not typed yet). */
	private static boolean isHeading(Section section, int offset) {
		int brace = SourceRegions.keywordOffset(section, "{");
		return brace < 0 || offset < brace;
	}

	private static String indices(RelationshipSection section) {
		return name(section) + "\nAggregate index: " + signed(section.getAggregateIndex()) + "\nPositive points: "
				+ signed(section.getPositivePoints()) + "\nNegative points: " + signed(section.getNegativePoints());
	}

	private static String indices(SecuritySection section) {
		PublicationProfile profile = Containers.profileOf(section);
		String national = profile == null || profile.getNationalAxisTitle() == null ? "National security" : profile.getNationalAxisTitle();
		String regional = profile == null || profile.getRegionalAxisTitle() == null ? "Regional tension" : profile.getRegionalAxisTitle();
		int regionalIndex = section.getRegionalTensionIndex();
		return "Security\n" + national + " index: " + signed(section.getNationalSecurityIndex()) + "\n" + regional + " index: "
				+ signed(regionalIndex) + "\n" + colour(profile, regionalIndex);
	}

	private static String colour(PublicationProfile profile, int regionalIndex) {
		if (profile == null || profile.getScale() == null) {
			return "Colour: unknown, the profile has no colour scale";
		}
		List<Band> bands = profile.getScale().bandsContaining(regionalIndex);
		if (bands.isEmpty()) {
			return "Colour: none, " + signed(regionalIndex) + " falls in no band of the scale";
		}
		if (bands.size() > 1) {
			return "Colour: ambiguous, " + signed(regionalIndex) + " falls in " + names(bands);
		}
		Band band = bands.get(0);
		return "Colour: " + band.getName() + " (" + band.rangeText() + ")"
				+ (band.getInterpretation() == null || band.getInterpretation().isBlank() ? "" : "\n" + band.getInterpretation());
	}

	private static String name(RelationshipSection section) {
		Relationship relationship = section.getRelationship();
		if (relationship != null && !relationship.eIsProxy()) {
			return relationship.getTitle() != null && !relationship.getTitle().isBlank() ? relationship.getTitle() : relationship.getName();
		}
		String written = SourceRegions.text(section, Literals.RELATIONSHIP_SECTION__RELATIONSHIP);
		return written == null ? "Relationship" : written;
	}

	// ------------------------------------------------------------------ stated figures and colour

	private static String statedFigure(StatedFigure figure) {
		Integer computed = figure.computedValue();
		String stated = "Stated " + signed(figure.getValue());
		if (computed == null) {
			String section = figure.eContainer() instanceof RelationshipSection ? "a relationship section" : "the security section";
			return stated + "; a " + figure.getKind().getLiteral() + " figure does not belong in " + section;
		}
		return computed == figure.getValue() ? stated + ", agrees with the computed value" : stated + ", computed " + signed(computed);
	}

	/** On the stated colour's band name, or on the "colour" keyword before it. */
	private static boolean isStatedColour(SecuritySection section, ILeafNode token, int offset) {
		return SourceRegions.inFeature(section, Literals.SECURITY_SECTION__STATED_COLOUR, offset)
				|| token.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals("colour");
	}

	private static String statedColour(SecuritySection section) {
		Band stated = section.getStatedColour();
		String statedName = stated != null && !stated.eIsProxy() ? stated.getName()
				: SourceRegions.text(section, Literals.SECURITY_SECTION__STATED_COLOUR);
		if (statedName == null) {
			return null;
		}
		int regionalIndex = section.getRegionalTensionIndex();
		PublicationProfile profile = Containers.profileOf(section);
		if (profile == null || profile.getScale() == null) {
			return "Stated " + statedName + "; the profile has no colour scale to check it against";
		}
		List<Band> bands = profile.getScale().bandsContaining(regionalIndex);
		if (bands.isEmpty()) {
			return "Stated " + statedName + "; the computed regional index " + signed(regionalIndex) + " falls in no band of the scale";
		}
		if (bands.size() > 1) {
			return "Stated " + statedName + "; the computed regional index " + signed(regionalIndex) + " falls in several bands: "
					+ names(bands);
		}
		Band computed = bands.get(0);
		return computed == stated
				? "Stated " + statedName + ", agrees with the band of the computed regional index " + signed(regionalIndex)
				: "Stated " + statedName + ", computed " + computed.getName() + " (regional index " + signed(regionalIndex) + ")";
	}

	private static String names(List<Band> bands) {
		return bands.stream().map(band -> band.getName() == null ? "(unnamed)" : band.getName()).collect(Collectors.joining(", "));
	}

	private static String signed(int value) {
		return BandRangeText.signed(value);
	}
}
