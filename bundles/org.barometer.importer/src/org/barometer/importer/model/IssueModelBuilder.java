package org.barometer.importer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.barometer.importer.layout.PrintedIssue;
import org.barometer.importer.layout.PrintedIssue.Band;
import org.barometer.importer.layout.PrintedIssue.Development;
import org.barometer.importer.layout.PrintedIssue.Figure;
import org.barometer.importer.layout.PrintedIssue.Row;
import org.barometer.importer.layout.PrintedIssue.Section;
import org.barometer.importer.layout.PrintedIssue.Table;
import org.barometer.importer.layout.PrintedIssue.Trend;
import org.barometer.model.Author;
import org.barometer.model.BarometerFactory;
import org.barometer.model.ColourScale;
import org.barometer.model.EventDate;
import org.barometer.model.FigureKind;
import org.barometer.model.Issue;
import org.barometer.model.Period;
import org.barometer.model.PublicationProfile;
import org.barometer.model.Relationship;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;
import org.barometer.model.SecuritySection;
import org.barometer.model.StatedFigure;
import org.barometer.model.SupportingTable;
import org.barometer.model.TableRow;

/**
 * Builds the model of an imported issue from what the layout recognition found, as printed:
 * stated figures and scores are copied, never computed or corrected. Each relationship's
 * section and its Appendix 1 table are joined by their partner; the Appendix 2 total gives
 * the security section's stated figures and colour. Without a profile, the profile is built
 * from the section headings and Appendix 3.
 */
public final class IssueModelBuilder {

	private static final BarometerFactory MAKE = BarometerFactory.eINSTANCE;

	/** The issue, its profile (the one given, or the one built) and what the reader should know. */
	public record Built(Issue issue, PublicationProfile profile, boolean profileBuilt, List<String> notes) {
	}

	public Built build(PrintedIssue printed, String sourceName, String importer, PublicationProfile given) {
		List<String> notes = new ArrayList<>();
		PublicationProfile profile = given != null ? given : profileOf(printed, notes);
		Issue issue = MAKE.createIssue();
		issue.setNumber(printed.number());
		issue.setProfile(profile);
		Period period = MAKE.createPeriod();
		period.setFirstMonth(printed.firstMonth());
		period.setSecondMonth(printed.secondMonth());
		period.setYear(printed.year());
		issue.setPeriod(period);
		issue.setImportedFrom(sourceName);
		issue.setImportedBy(importer);
		if (printed.letter() != null) {
			issue.setEditor(printed.letter().editor());
			issue.setEditorRole(printed.letter().editorRole());
			issue.setLetter(printed.letter().text());
		}
		List<Table> tables = new ArrayList<>(printed.relationshipTables());
		for (Section section : printed.sections()) {
			Table table = tables.stream().filter(t -> samePartner(t.partner(), section.partner())).findFirst().orElse(null);
			tables.remove(table);
			if (table == null) {
				notes.add("Relationship with " + section.partner() + " (" + section.heading().printed() + ") has no catalogue table in Appendix 1.");
			}
			issue.getSections().add(relationshipSection(relationshipFor(section.partner(), profile, given, notes), section, table));
		}
		for (Table table : tables) {
			notes.add("The Appendix 1 table of " + table.partner() + " has no section in the text; its catalogue is imported alone.");
			issue.getSections().add(relationshipSection(relationshipFor(table.partner(), profile, given, notes), null, table));
		}
		if (printed.security() != null || printed.securityTable() != null) {
			issue.setSecurity(securitySection(printed.security(), printed.securityTable(), profile, notes));
		}
		for (PrintedIssue.Author printedAuthor : printed.authors()) {
			Author author = MAKE.createAuthor();
			author.setName(printedAuthor.name());
			author.setAffiliation(printedAuthor.affiliation());
			author.setInterests(printedAuthor.interests());
			issue.getAuthors().add(author);
		}
		if (given == null) {
			ScoreRange.widen(profile, issue);
		}
		return new Built(issue, profile, given == null, List.copyOf(notes));
	}

	private static boolean samePartner(String a, String b) {
		Relationship probe = MAKE.createRelationship();
		probe.setName(RelationshipNames.name(RelationshipNames.title(b)));
		probe.setTitle(RelationshipNames.title(b));
		return RelationshipNames.matches(a, probe);
	}

	private static Relationship relationshipFor(String partner, PublicationProfile profile, PublicationProfile given, List<String> notes) {
		for (Relationship relationship : profile.getRelationships()) {
			if (RelationshipNames.matches(partner, relationship)) {
				return relationship;
			}
		}
		Relationship missing = MAKE.createRelationship();
		missing.setName(RelationshipNames.name(RelationshipNames.title(partner)));
		missing.setTitle(RelationshipNames.title(partner));
		if (given != null) {
			notes.add("The profile " + given.getName() + " has no relationship for \"" + partner + "\"; the section refers to "
					+ missing.getName() + ", which the profile must declare.");
		} else {
			profile.getRelationships().add(missing);
		}
		return missing;
	}

	private PublicationProfile profileOf(PrintedIssue printed, List<String> notes) {
		PublicationProfile profile = MAKE.createPublicationProfile();
		String title = printed.publicationTitle();
		profile.setName(title == null ? "Publication" : RelationshipNames.name(title).length() > 3 ? RelationshipNames.name(title)
				: title.replaceAll("[^A-Za-z0-9]", ""));
		profile.setTitle(title);
		if (title == null) {
			notes.add("The publication's name was not found on the masthead; the profile is called Publication.");
		}
		for (Section section : printed.sections()) {
			Relationship relationship = relationshipFor(section.partner(), profile, null, notes);
			// the appendix may name the partner more briefly ("the EU" for "the European Union"): the profile keeps that short title
			printed.relationshipTables().stream().filter(t -> samePartner(t.partner(), section.partner()))
					.filter(t -> !RelationshipNames.title(t.partner()).equals(RelationshipNames.title(section.partner()))).findFirst()
					.ifPresent(t -> relationship.setShortTitle(t.partner().strip()));
		}
		profile.setSecurityTitle(printed.securityTitle());
		Table security = printed.securityTable();
		if (security != null && security.scoreColumns().size() == 2) {
			profile.setNationalAxisTitle(security.scoreColumns().get(0));
			profile.setRegionalAxisTitle(security.scoreColumns().get(1));
		}
		if (!printed.scale().isEmpty()) {
			ColourScale scale = MAKE.createColourScale();
			scale.setTitle("Colour scale of regional security tensions");
			for (Band band : printed.scale()) {
				if (!PrintedScaleBand.knowsColour(band.colour())) {
					notes.add("The colour " + band.colour() + " (" + band.where().printed() + ") is not one the import knows; it is grey ("
							+ PrintedScaleBand.UNKNOWN_COLOUR + ") in the profile until set.");
				}
				scale.getBands().add(PrintedScaleBand.band(band.colour(), band.range(), band.interpretation()));
			}
			profile.setScale(scale);
		} else {
			notes.add("No colour scale (Appendix 3) was found; the profile has none.");
		}
		return profile;
	}

	private static RelationshipSection relationshipSection(Relationship relationship, Section section, Table table) {
		RelationshipSection out = MAKE.createRelationshipSection();
		out.setRelationship(relationship);
		if (section != null) {
			for (Figure figure : section.figures()) {
				out.getFigures().add(figure(figure.kind(), figure.value(), figure.where().printed()));
			}
			narrative(out, section);
			section.developments().forEach(d -> out.getDevelopments().add(development(d)));
		}
		if (table != null) {
			if (table.total() != null && !table.total().values().isEmpty()) {
				out.getFigures().add(figure(FigureKind.TOTAL, table.total().values().get(0), table.total().where().printed()));
			}
			for (Row row : table.rows()) {
				RelationshipEvent event = MAKE.createRelationshipEvent();
				event(event, row);
				if (row.scores().get(0) != null) {
					event.setScore(row.scores().get(0));
				}
				out.getEvents().add(event);
			}
		}
		return out;
	}

	private SecuritySection securitySection(Section section, Table table, PublicationProfile profile, List<String> notes) {
		SecuritySection out = MAKE.createSecuritySection();
		String colour = null;
		String where = null;
		if (table != null && table.total() != null) {
			List<Integer> values = table.total().values();
			where = table.total().where().printed();
			if (values.size() > 0) {
				out.getFigures().add(figure(FigureKind.NATIONAL, values.get(0), where));
			}
			if (values.size() > 1) {
				out.getFigures().add(figure(FigureKind.REGIONAL, values.get(1), where));
			}
			colour = table.total().colour();
		}
		if (section != null) {
			// a header block's figure is kept when the appendix total does not already state it (the same kind and value)
			for (Figure figure : section.figures()) {
				boolean stated = out.getFigures().stream().anyMatch(f -> f.getKind() == figure.kind() && f.getValue() == figure.value());
				if (!stated) {
					out.getFigures().add(figure(figure.kind(), figure.value(), figure.where().printed()));
				}
				if (colour == null && figure.colour() != null) {
					colour = figure.colour();
					where = figure.where().printed();
				}
			}
		}
		if (colour != null && profile.getScale() != null) {
			String named = colour;
			String at = where;
			profile.getScale().getBands().stream().filter(b -> b.getName().equalsIgnoreCase(named)).findFirst()
					.ifPresentOrElse(out::setStatedColour, () -> notes.add("The security total's colour " + named + " (" + at
							+ ") is no band of the profile's scale; it is not imported."));
		}
		if (section != null) {
			narrative(out, section);
			section.national().forEach(d -> out.getNationalDevelopments().add(development(d)));
			section.regional().forEach(d -> out.getRegionalDevelopments().add(development(d)));
			if (!section.developments().isEmpty()) {
				notes.add("The security section's \"" + section.developments().get(0).title()
						+ "\" part is neither national nor regional security; its text is imported with the national developments.");
				section.developments().forEach(d -> out.getNationalDevelopments().add(development(d)));
			}
			for (PrintedIssue.SupportingTable printedTable : section.tables()) {
				SupportingTable supporting = MAKE.createSupportingTable();
				supporting.setTitle(printedTable.title());
				supporting.getColumns().addAll(printedTable.columns());
				for (List<String> cells : printedTable.rows()) {
					TableRow row = MAKE.createTableRow();
					row.getCells().addAll(cells);
					supporting.getRows().add(row);
				}
				out.getTables().add(supporting);
			}
		}
		if (table != null) {
			for (Row row : table.rows()) {
				SecurityEvent event = MAKE.createSecurityEvent();
				event(event, row);
				if (row.scores().get(0) != null) {
					event.setNational(row.scores().get(0));
				}
				if (row.scores().get(1) != null) {
					event.setRegional(row.scores().get(1));
				}
				out.getEvents().add(event);
			}
		}
		return out;
	}

	private static void narrative(org.barometer.model.Section out, Section section) {
		for (Trend trend : section.trends()) {
			org.barometer.model.Trend t = MAKE.createTrend();
			t.setNumber(trend.number());
			t.setText(trend.text());
			out.getTrends().add(t);
		}
		out.setForecast(section.forecast());
	}

	private static void event(org.barometer.model.Event event, Row row) {
		EventDate date = MAKE.createEventDate();
		date.setText(row.date());
		event.setDate(date);
		event.setDescription(row.description());
		event.getExtraScores().addAll(row.extraScores());
		event.setPrinted(row.where().printed());
	}

	private static org.barometer.model.Development development(Development printed) {
		org.barometer.model.Development development = MAKE.createDevelopment();
		development.setTitle(printed.title());
		development.getParagraphs().addAll(printed.paragraphs());
		return development;
	}

	private static StatedFigure figure(FigureKind kind, int value, String printed) {
		StatedFigure figure = MAKE.createStatedFigure();
		figure.setKind(kind);
		figure.setValue(value);
		figure.setPrinted(Objects.requireNonNull(printed));
		return figure;
	}
}
