package org.barometer.importer.writer;

import static org.barometer.importer.writer.BarometerSyntax.name;
import static org.barometer.importer.writer.BarometerSyntax.narrative;
import static org.barometer.importer.writer.BarometerSyntax.score;
import static org.barometer.importer.writer.BarometerSyntax.string;

import java.util.List;

import org.barometer.model.Author;
import org.barometer.model.Band;
import org.barometer.model.Bound;
import org.barometer.model.Development;
import org.barometer.model.Event;
import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.model.Relationship;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.Section;
import org.barometer.model.SecurityEvent;
import org.barometer.model.SecuritySection;
import org.barometer.model.StatedFigure;
import org.barometer.model.SupportingTable;
import org.barometer.model.TableRow;
import org.barometer.model.Trend;

/**
 * Writes an issue or a profile as Barometer text, laid out as the hand-written examples are:
 * two-space indentation, prose in """blocks""", catalogue rows in aligned columns, each
 * imported row and figure with where it was printed. The same model always gives the same
 * text, byte for byte (no dates, no hash order).
 */
public final class BarometerTextWriter {

	/** Descriptions up to this width line their scores up; a longer one pushes its own. */
	private static final int WIDEST_ALIGNED_DESCRIPTION = 100;

	public String issue(Issue issue) {
		StringBuilder out = new StringBuilder();
		out.append("issue ").append(issue.getNumber()).append(" of ").append(name(issue.getProfile().getName())).append('\n');
		out.append("period ").append(issue.getPeriod().getFirstMonth().getLiteral()).append('-')
				.append(issue.getPeriod().getSecondMonth().getLiteral()).append(' ').append(issue.getPeriod().getYear()).append('\n');
		if (issue.getImportedFrom() != null) {
			out.append("imported from ").append(string(issue.getImportedFrom())).append(" by ").append(string(issue.getImportedBy())).append('\n');
		}
		if (issue.getEditor() != null) {
			out.append("editor ").append(string(issue.getEditor())).append('\n');
			if (issue.getEditorRole() != null) {
				out.append("role ").append(narrative(issue.getEditorRole(), "")).append('\n');
			}
		}
		if (issue.getLetter() != null) {
			out.append("letter ").append(narrative(issue.getLetter(), "")).append('\n');
		}
		for (RelationshipSection section : issue.getSections()) {
			out.append("\nrelationship ").append(name(section.getRelationship().getName()));
			author(out, section);
			out.append(" {\n");
			stated(out, section);
			narrativeParts(out, section);
			if (!section.getDevelopments().isEmpty()) {
				out.append("  developments\n");
				developments(out, section.getDevelopments());
			}
			forecast(out, section);
			events(out, section.getEvents());
			out.append("}\n");
		}
		if (issue.getSecurity() != null) {
			security(out, issue.getSecurity());
		}
		if (!issue.getAuthors().isEmpty()) {
			out.append("\nauthors {\n");
			for (Author author : issue.getAuthors()) {
				out.append("  ").append(string(author.getName()));
				if (author.getAffiliation() != null) {
					out.append("\n    affiliation ").append(string(author.getAffiliation()));
				}
				if (author.getInterests() != null) {
					out.append("\n    interests ").append(string(author.getInterests()));
				}
				out.append('\n');
			}
			out.append("}\n");
		}
		return out.toString();
	}

	public String profile(PublicationProfile profile, String comment) {
		StringBuilder out = new StringBuilder();
		if (comment != null) {
			for (String line : comment.split("\n")) {
				out.append("// ").append(line).append('\n');
			}
		}
		out.append("profile ").append(name(profile.getName())).append('\n');
		if (profile.getTitle() != null) {
			out.append("title ").append(string(profile.getTitle())).append('\n');
		}
		if (profile.getPublisher() != null) {
			out.append("publisher ").append(string(profile.getPublisher())).append('\n');
		}
		if (profile.eIsSet(org.barometer.model.BarometerPackage.Literals.PUBLICATION_PROFILE__MIN_SCORE)
				|| profile.eIsSet(org.barometer.model.BarometerPackage.Literals.PUBLICATION_PROFILE__MAX_SCORE)) {
			out.append("scores from ").append(score(profile.getMinScore())).append(" to ").append(score(profile.getMaxScore())).append('\n');
		}
		out.append("relationships {\n");
		for (Relationship relationship : profile.getRelationships()) {
			out.append("  ").append(name(relationship.getName()));
			if (relationship.getTitle() != null) {
				out.append(' ').append(string(relationship.getTitle()));
			}
			if (relationship.getShortTitle() != null) {
				out.append(" short ").append(string(relationship.getShortTitle()));
			}
			out.append('\n');
		}
		out.append("}\n");
		if (profile.getNationalAxisTitle() != null && profile.getRegionalAxisTitle() != null) {
			out.append("axes national ").append(string(profile.getNationalAxisTitle())).append(" regional ")
					.append(string(profile.getRegionalAxisTitle())).append('\n');
		}
		if (profile.getSecurityTitle() != null) {
			out.append("security title ").append(string(profile.getSecurityTitle())).append('\n');
		}
		if (profile.getScale() != null) {
			out.append("scale");
			if (profile.getScale().getTitle() != null) {
				out.append(' ').append(string(profile.getScale().getTitle()));
			}
			out.append(" {\n");
			for (Band band : profile.getScale().getBands()) {
				out.append("  band ").append(name(band.getName()));
				bound(out, band.getLower(), "from", "above");
				bound(out, band.getUpper(), "to", "below");
				out.append(" colour ").append(band.getColour());
				if (band.getInterpretation() != null) {
					out.append(' ').append(string(band.getInterpretation()));
				}
				out.append('\n');
			}
			out.append("}\n");
		}
		return out.toString();
	}

	private static void bound(StringBuilder out, Bound bound, String inclusive, String exclusive) {
		if (bound != null) {
			out.append(' ').append(bound.isInclusive() ? inclusive : exclusive).append(' ').append(score(bound.getValue()));
		}
	}

	private static void author(StringBuilder out, Section section) {
		if (section.getAuthor() != null) {
			out.append(" by ").append(string(section.getAuthor()));
		}
	}

	private static void stated(StringBuilder out, Section section) {
		boolean colour = section instanceof SecuritySection security && security.getStatedColour() != null;
		if (section.getFigures().isEmpty() && !colour) {
			return;
		}
		out.append("  stated\n");
		for (StatedFigure figure : section.getFigures()) {
			out.append("    ").append(figure.getKind().getLiteral()).append(' ').append(score(figure.getValue()));
			if (figure.getPrinted() != null) {
				out.append("  printed ").append(string(figure.getPrinted()));
			}
			out.append('\n');
		}
		if (colour) {
			out.append("    colour ").append(name(((SecuritySection) section).getStatedColour().getName())).append('\n');
		}
	}

	private static void narrativeParts(StringBuilder out, Section section) {
		if (!section.getTrends().isEmpty()) {
			out.append("  trends\n");
			for (Trend trend : section.getTrends()) {
				out.append("    ").append(trend.getNumber()).append(". ").append(narrative(trend.getText(), "    ")).append('\n');
			}
		}
	}

	private static void developments(StringBuilder out, List<Development> developments) {
		for (Development development : developments) {
			out.append("    ").append(string(development.getTitle())).append(" {\n");
			for (String paragraph : development.getParagraphs()) {
				out.append("      ").append(narrative(paragraph, "      ")).append('\n');
			}
			out.append("    }\n");
		}
	}

	private static void forecast(StringBuilder out, Section section) {
		if (section.getForecast() != null) {
			out.append("  forecast ").append(narrative(section.getForecast(), "  ")).append('\n');
		}
	}

	private static void security(StringBuilder out, SecuritySection security) {
		out.append("\nsecurity");
		author(out, security);
		out.append(" {\n");
		stated(out, security);
		narrativeParts(out, security);
		if (!security.getNationalDevelopments().isEmpty()) {
			out.append("  national security\n");
			developments(out, security.getNationalDevelopments());
		}
		if (!security.getRegionalDevelopments().isEmpty()) {
			out.append("  regional security\n");
			developments(out, security.getRegionalDevelopments());
		}
		forecast(out, security);
		for (SupportingTable table : security.getTables()) {
			out.append("  table ").append(string(table.getTitle())).append(" {\n    columns");
			table.getColumns().forEach(c -> out.append(' ').append(string(c)));
			out.append('\n');
			for (TableRow row : table.getRows()) {
				out.append("    row");
				row.getCells().forEach(c -> out.append(' ').append(string(c)));
				out.append('\n');
			}
			out.append("  }\n");
		}
		events(out, security.getEvents());
		out.append("}\n");
	}

	private static void events(StringBuilder out, List<? extends Event> events) {
		if (events.isEmpty()) {
			return;
		}
		out.append("  events\n");
		int dateWidth = 0;
		int descriptionWidth = 0;
		int[] scoreWidths = new int[2];
		for (Event event : events) {
			dateWidth = Math.max(dateWidth, event.getDate().getText().length());
			int width = string(event.getDescription()).length();
			if (width <= WIDEST_ALIGNED_DESCRIPTION) {
				descriptionWidth = Math.max(descriptionWidth, width);
			}
			List<String> scores = scores(event);
			for (int s = 0; s < scores.size(); s++) {
				scoreWidths[s] = Math.max(scoreWidths[s], scores.get(s).length());
			}
		}
		for (Event event : events) {
			StringBuilder row = new StringBuilder("    ");
			pad(row, event.getDate().getText(), dateWidth);
			row.append("  ");
			pad(row, string(event.getDescription()), descriptionWidth);
			List<String> scores = scores(event);
			for (int s = 0; s < scores.size(); s++) {
				row.append(s == 0 ? "  " : " ").append(" ".repeat(scoreWidths[s] - scores.get(s).length())).append(scores.get(s));
			}
			event.getExtraScores().forEach(extra -> row.append(' ').append(BarometerSyntax.extraScore(extra)));
			if (event.getPrinted() != null) {
				row.append("  printed ").append(string(event.getPrinted()));
			}
			for (String source : event.getSources()) {
				row.append("  source ").append(string(source));
			}
			out.append(row).append('\n');
		}
	}

	private static List<String> scores(Event event) {
		if (event instanceof SecurityEvent security) {
			return List.of(security.isSetNational() ? score(security.getNational()) : "?",
					security.isSetRegional() ? score(security.getRegional()) : "?");
		}
		RelationshipEvent relationship = (RelationshipEvent) event;
		return List.of(relationship.isSetScore() ? score(relationship.getScore()) : "?");
	}

	private static void pad(StringBuilder out, String text, int width) {
		out.append(text);
		out.append(" ".repeat(Math.max(0, width - text.length())));
	}
}
