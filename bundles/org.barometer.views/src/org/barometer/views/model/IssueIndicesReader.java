package org.barometer.views.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.barometer.model.Band;
import org.barometer.model.Bound;
import org.barometer.model.ColourScale;
import org.barometer.model.Issue;
import org.barometer.model.Period;
import org.barometer.model.PublicationProfile;
import org.barometer.model.Relationship;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecuritySection;
import org.barometer.model.StatedFigure;
import org.barometer.model.dates.DateSpan;
import org.barometer.model.navigation.Containers;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Reads an issue's indices from the model's derived values (positive and negative points,
 * aggregate index, security totals, the regional band): the views never add scores themselves.
 * Tolerant of half-typed models: whatever is missing is left out, nothing throws.
 */
public final class IssueIndicesReader {

	private IssueIndicesReader() {
	}

	/** The issue of the resource, or null when the resource holds no issue (a profile, or text that does not parse yet). */
	public static IssueIndices read(Resource resource) {
		if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Issue issue)) {
			return null;
		}
		return read(issue);
	}

	public static IssueIndices read(Issue issue) {
		List<RelationshipFigures> relationships = new ArrayList<>();
		for (RelationshipSection section : issue.getSections()) {
			Relationship relationship = section.getRelationship();
			if (relationship == null || relationship.eIsProxy()) {
				continue;
			}
			relationships.add(new RelationshipFigures(relationship.getName(),
					relationship.getTitle() == null ? relationship.getName() : relationship.getTitle(), section.getPositivePoints(),
					section.getNegativePoints(), section.getAggregateIndex(), section.getEvents().size(), differences(section.getFigures())));
		}
		PublicationProfile profile = Containers.profileOf(issue);
		List<BandView> scale = profile == null || profile.getScale() == null ? List.of() : bands(profile.getScale());
		return new IssueIndices(issue.eResource() == null ? null : issue.eResource().getURI(), issue.getNumber(),
				periodLabel(issue.getPeriod()), periodStart(issue.getPeriod()), List.copyOf(relationships),
				security(issue.getSecurity(), profile), scale);
	}

	/**
	 * The security indices; an issue without security events has indices of 0 and their band (a new
	 * issue's empty {@code security { events }} leaves no section in the model at all).
	 */
	private static SecurityFigures security(SecuritySection section, PublicationProfile profile) {
		int national = section == null ? 0 : section.getNationalSecurityIndex();
		int regional = section == null ? 0 : section.getRegionalTensionIndex();
		ColourScale scale = profile == null ? null : profile.getScale();
		Band band = section != null ? section.regionalBand() : scale == null ? null : scale.bandOf(regional);
		String problem = null;
		if (band == null) {
			problem = scale == null ? "the profile has no colour scale" : bandProblem(scale, regional);
		}
		Band stated = section == null ? null : section.getStatedColour();
		String statedColour = stated != null && !stated.eIsProxy() && stated != band ? stated.getName() : null;
		return new SecurityFigures(profile == null ? "National security" : profile.getNationalAxisTitle(), national,
				profile == null ? "Regional tension" : profile.getRegionalAxisTitle(), regional,
				section == null ? 0 : section.getEvents().size(), band == null ? null : band(band), problem,
				section == null ? List.of() : differences(section.getFigures()), statedColour);
	}

	private static String bandProblem(ColourScale scale, int value) {
		List<Band> containing = scale.bandsContaining(value);
		if (containing.isEmpty()) {
			return Signed.of(value) + " is in no band of the scale";
		}
		return Signed.of(value) + " is in " + containing.size() + " bands: "
				+ String.join(", ", containing.stream().map(b -> String.valueOf(b.getName())).toList());
	}

	private static List<StatedDifference> differences(List<StatedFigure> figures) {
		List<StatedDifference> differences = new ArrayList<>();
		for (StatedFigure figure : figures) {
			Integer computed = figure.computedValue();
			if (computed != null && computed != figure.getValue()) {
				differences.add(new StatedDifference(figure.getKind(), figure.getValue(), computed));
			}
		}
		return differences;
	}

	private static List<BandView> bands(ColourScale scale) {
		return scale.getBands().stream().map(IssueIndicesReader::band).toList();
	}

	static BandView band(Band band) {
		return new BandView(band.getName(), band.getColour(), band.getInterpretation() == null ? "" : band.getInterpretation(),
				band.rangeText(), lowest(band.getLower()), highest(band.getUpper()));
	}

	private static Integer lowest(Bound lower) {
		return lower == null ? null : lower.isInclusive() ? lower.getValue() : lower.getValue() + 1;
	}

	private static Integer highest(Bound upper) {
		return upper == null ? null : upper.isInclusive() ? upper.getValue() : upper.getValue() - 1;
	}

	private static String periodLabel(Period period) {
		if (period == null || period.span() == null) {
			return "";
		}
		return period.getFirstMonth().getLiteral() + "\u2013" + period.getSecondMonth().getLiteral() + " " + period.getYear();
	}

	private static LocalDate periodStart(Period period) {
		DateSpan span = period == null ? null : period.span();
		return span == null ? null : span.start();
	}
}
