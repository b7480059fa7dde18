package org.barometer.importer.tests;

import java.util.ArrayList;
import java.util.List;

import org.barometer.model.Event;
import org.barometer.model.Issue;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.Section;
import org.barometer.model.SecurityEvent;
import org.barometer.model.StatedFigure;

/** An issue's catalogues and stated figures as plain lines, so that two models can be compared row by row. */
final class Catalogues {

	private Catalogues() {
	}

	static List<String> of(Issue issue) {
		List<String> out = new ArrayList<>();
		for (RelationshipSection section : issue.getSections()) {
			out.add("relationship " + section.getRelationship().getName());
			out.addAll(figures(section));
			section.getEvents().forEach(e -> out.add(row(e)));
		}
		if (issue.getSecurity() != null) {
			out.add("security");
			out.addAll(figures(issue.getSecurity()));
			if (issue.getSecurity().getStatedColour() != null) {
				out.add("colour " + issue.getSecurity().getStatedColour().getName());
			}
			issue.getSecurity().getEvents().forEach(e -> out.add(row(e)));
		}
		return out;
	}

	static List<String> figures(Section section) {
		return section.getFigures().stream().map((StatedFigure f) -> "stated " + f.getKind().getLiteral() + " " + f.getValue()).toList();
	}

	static String row(Event event) {
		String scores;
		if (event instanceof SecurityEvent security) {
			scores = (security.isSetNational() ? security.getNational() : "?") + " " + (security.isSetRegional() ? security.getRegional() : "?");
		} else {
			RelationshipEvent relationship = (RelationshipEvent) event;
			scores = relationship.isSetScore() ? Integer.toString(relationship.getScore()) : "?";
		}
		return event.getDate().getText() + " | " + event.getDescription() + " | " + scores + (event.getExtraScores().isEmpty() ? "" : " " + event.getExtraScores());
	}
}
