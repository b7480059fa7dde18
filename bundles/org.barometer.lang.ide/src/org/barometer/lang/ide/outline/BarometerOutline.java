package org.barometer.lang.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.barometer.lang.ide.source.SourceRegions;
import org.barometer.model.Band;
import org.barometer.model.BarometerPackage.Literals;
import org.barometer.model.ColourScale;
import org.barometer.model.Development;
import org.barometer.model.Event;
import org.barometer.model.Issue;
import org.barometer.model.Period;
import org.barometer.model.PublicationProfile;
import org.barometer.model.Relationship;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;
import org.barometer.model.SecuritySection;
import org.barometer.model.Section;
import org.barometer.model.Trend;
import org.barometer.model.scale.BandRangeText;
import org.barometer.model.text.NarrativeMarkup;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

/**
 * The outline of a Barometer file, with the computed indices in the labels so that an editor
 * sees every section's totals while typing: an issue's letter, its relationship sections and
 * security section with their text (trends, developments, forecast: plain, as printed) and their
 * events; a profile's relationships and colour-scale bands. Built from
 * whatever the parser recovered: missing names, dates and unresolved references show as
 * written or as a placeholder, never as an exception.
 */
public class BarometerOutline {

	/** Descriptions longer than this are cut, so that the score stays in view. */
	static final int DESCRIPTION_LENGTH = 60;

	public List<OutlineNode> build(XtextResource resource) {
		if (resource == null || resource.getContents().isEmpty()) {
			return List.of();
		}
		EObject root = resource.getContents().get(0);
		if (root instanceof Issue issue) {
			return List.of(issue(issue));
		}
		if (root instanceof PublicationProfile profile) {
			return List.of(profile(profile));
		}
		return List.of();
	}

	// ------------------------------------------------------------------ issue

	private static OutlineNode issue(Issue issue) {
		List<OutlineNode> children = new ArrayList<>();
		if (issue.getLetter() != null) {
			children.add(narrative("Letter", issue.getLetter(), SourceRegions.of(issue, Literals.ISSUE__LETTER)));
		}
		for (RelationshipSection section : issue.getSections()) {
			children.add(section(section));
		}
		if (issue.getSecurity() != null) {
			children.add(section(issue.getSecurity()));
		}
		String label = "Issue " + issue.getNumber();
		Period period = issue.getPeriod();
		if (isComplete(period)) {
			label += " — " + period.getFirstMonth().getLiteral() + "-" + period.getSecondMonth().getLiteral() + " " + period.getYear();
		}
		return node(label, OutlineNode.ISSUE, issue, Literals.ISSUE__NUMBER, children);
	}

	/** Whether both months and the year are written: a half-typed period would show its defaults (January, 0). */
	private static boolean isComplete(Period period) {
		return period != null && !SourceRegions.nodes(period, Literals.PERIOD__FIRST_MONTH).isEmpty()
				&& !SourceRegions.nodes(period, Literals.PERIOD__SECOND_MONTH).isEmpty()
				&& !SourceRegions.nodes(period, Literals.PERIOD__YEAR).isEmpty();
	}

	private static OutlineNode section(RelationshipSection section) {
		List<OutlineNode> children = new ArrayList<>(text(section, section.getDevelopments()));
		for (RelationshipEvent event : section.getEvents()) {
			children.add(node(date(event) + "  " + description(event) + "  " + (event.isSetScore() ? signed(event.getScore()) : "?"),
					OutlineNode.EVENT, event, Literals.EVENT__DATE, List.of()));
		}
		String label = relationshipName(section) + "  " + signed(section.getAggregateIndex()) + " ("
				+ signed(section.getPositivePoints()) + " / " + signed(section.getNegativePoints()) + ")";
		return node(label, OutlineNode.RELATIONSHIP_SECTION, section, Literals.RELATIONSHIP_SECTION__RELATIONSHIP, children);
	}

	private static OutlineNode section(SecuritySection section) {
		List<Development> developments = new ArrayList<>(section.getNationalDevelopments());
		developments.addAll(section.getRegionalDevelopments());
		List<OutlineNode> children = new ArrayList<>(text(section, developments));
		for (SecurityEvent event : section.getEvents()) {
			children.add(node(date(event) + "  " + description(event) + "  " + SecurityScores.inWords(event), OutlineNode.EVENT, event,
					Literals.EVENT__DATE, List.of()));
		}
		Band band = section.regionalBand();
		String label = "Security  national " + signed(section.getNationalSecurityIndex()) + ", regional "
				+ signed(section.getRegionalTensionIndex()) + (band == null || band.getName() == null ? "" : " " + band.getName());
		return node(label, OutlineNode.SECURITY_SECTION, section, null, children);
	}

	// ------------------------------------------------------------------ narrative

	/** The section's trends, developments and forecast under one node; none if it has no text. */
	private static List<OutlineNode> text(Section section, List<Development> developments) {
		List<OutlineNode> parts = new ArrayList<>();
		for (Trend trend : section.getTrends()) {
			parts.add(narrative(trend.getNumber() + ".", trend.getText(), SourceRegions.of(trend)));
		}
		for (Development development : developments) {
			String title = development.getTitle() == null ? "" : development.getTitle().strip();
			parts.add(narrative(title, String.join("\n\n", development.getParagraphs()), SourceRegions.of(development)));
		}
		if (section.getForecast() != null) {
			parts.add(narrative("Forecast", section.getForecast(), SourceRegions.of(section, Literals.SECTION__FORECAST)));
		}
		if (parts.isEmpty()) {
			return List.of();
		}
		int offset = parts.get(0).offset();
		OutlineNode last = parts.get(parts.size() - 1);
		String label = count(section.getTrends().size(), "trend") + ", " + count(developments.size(), "development")
				+ (section.getForecast() == null ? "" : ", forecast");
		return List.of(new OutlineNode(label, OutlineNode.TEXT, offset, last.offset() + last.length() - offset, parts.get(0).selectionOffset(),
				parts.get(0).selectionLength(), parts));
	}

	private static String count(int n, String what) {
		return n + " " + what + (n == 1 ? "" : "s");
	}

	/** A narrative's node: its name, then its opening words as printed (no markup). */
	private static OutlineNode narrative(String name, String narrative, ITextRegion region) {
		String words = NarrativeMarkup.plainLine(narrative);
		if (words.length() > DESCRIPTION_LENGTH) {
			words = words.substring(0, DESCRIPTION_LENGTH - 1).stripTrailing() + "…";
		}
		String label = name.isEmpty() ? words : words.isEmpty() ? name : name + "  " + words;
		int offset = region == null ? 0 : region.getOffset();
		int length = region == null ? 0 : region.getLength();
		return new OutlineNode(label, OutlineNode.NARRATIVE, offset, length, offset, 0, List.of());
	}

	private static String relationshipName(RelationshipSection section) {
		Relationship relationship = section.getRelationship();
		if (relationship != null && !relationship.eIsProxy() && relationship.getName() != null) {
			return relationship.getName();
		}
		String written = SourceRegions.text(section, Literals.RELATIONSHIP_SECTION__RELATIONSHIP);
		return written == null ? "Relationship" : written;
	}

	private static String date(Event event) {
		return event.getDate() == null || event.getDate().getText() == null ? "(no date)" : event.getDate().getText();
	}

	private static String description(Event event) {
		String text = event.getDescription() == null ? "" : event.getDescription().strip().replaceAll("\\s+", " ");
		return text.length() <= DESCRIPTION_LENGTH ? text : text.substring(0, DESCRIPTION_LENGTH - 1).stripTrailing() + "…";
	}

	// ------------------------------------------------------------------ profile

	private static OutlineNode profile(PublicationProfile profile) {
		List<OutlineNode> children = new ArrayList<>();
		for (Relationship relationship : profile.getRelationships()) {
			String name = relationship.getName() == null ? "" : relationship.getName();
			String title = relationship.getTitle();
			String label = title == null || title.isBlank() || title.equals(name) ? name : name + "  " + title;
			children.add(node(label, OutlineNode.RELATIONSHIP, relationship, Literals.RELATIONSHIP__NAME, List.of()));
		}
		ColourScale scale = profile.getScale();
		if (scale != null) {
			List<OutlineNode> bands = new ArrayList<>();
			for (Band band : scale.getBands()) {
				String name = band.getName() == null ? "" : band.getName();
				bands.add(node(name + "  " + band.rangeText(), OutlineNode.BAND, band, Literals.BAND__NAME, List.of()));
			}
			String title = scale.getTitle() == null || scale.getTitle().isBlank() ? "Colour scale" : scale.getTitle();
			children.add(node(title, OutlineNode.SCALE, scale, Literals.COLOUR_SCALE__TITLE, bands));
		}
		String name = profile.getName() == null ? "" : profile.getName();
		String label = "Profile " + name
				+ (profile.getTitle() == null || profile.getTitle().isBlank() ? "" : " — " + profile.getTitle());
		return node(label, OutlineNode.PROFILE, profile, Literals.PUBLICATION_PROFILE__NAME, children);
	}

	// ------------------------------------------------------------------ regions

	/**
	 * A node over the element's text, selecting the given feature where it is written, else
	 * the element's first token (a section's keyword, an issue's "issue").
	 */
	private static OutlineNode node(String label, String kind, EObject element, EStructuralFeature significant,
			List<OutlineNode> children) {
		ITextRegion full = SourceRegions.of(element);
		ITextRegion selection = significant == null ? null : SourceRegions.of(element, significant);
		if (selection == null) {
			selection = SourceRegions.firstToken(element);
		}
		int offset = full == null ? 0 : full.getOffset();
		int length = full == null ? 0 : full.getLength();
		return new OutlineNode(label, kind, offset, length, selection == null ? offset : selection.getOffset(),
				selection == null ? 0 : selection.getLength(), children);
	}

	private static String signed(int value) {
		return BandRangeText.signed(value);
	}
}
