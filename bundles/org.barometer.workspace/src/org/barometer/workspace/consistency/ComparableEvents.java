package org.barometer.workspace.consistency;

import java.util.List;

import org.barometer.model.Event;
import org.barometer.model.Issue;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;
import org.barometer.model.navigation.Containers;
import org.barometer.model.scale.BandRangeText;

/**
 * What makes two events of the model comparable, and how their scores read. The profile
 * declares no event categories, so events are grouped by kind (relationship or security) and
 * compared by description; a category, once the metamodel has one, would become the group here.
 */
public final class ComparableEvents {

	public static final String RELATIONSHIP = "relationship";
	public static final String SECURITY = "security";

	private ComparableEvents() {
	}

	public static String group(Event event) {
		return event instanceof SecurityEvent ? SECURITY : RELATIONSHIP;
	}

	/**
	 * One score for a relationship event, national then regional for a security event; none while
	 * a score is still {@code ?} (not given yet), so that such an event is compared with no other.
	 */
	public static List<Integer> scores(Event event) {
		if (event instanceof SecurityEvent security) {
			return security.isSetNational() && security.isSetRegional() ? List.of(security.getNational(), security.getRegional()) : List.of();
		}
		return event instanceof RelationshipEvent relationship && relationship.isSetScore() ? List.of(relationship.getScore()) : List.of();
	}

	/** Scores as the catalogue prints them: "+1", or "0 -1" for a security event. */
	public static String scoresText(List<Integer> scores) {
		// without a stream: an archive's build writes this twice for each of thousands of notes
		StringBuilder text = new StringBuilder();
		for (Integer score : scores) {
			text.append(text.isEmpty() ? "" : " ").append(BandRangeText.signed(score));
		}
		return text.toString();
	}

	/** Where an event stands, for a person: "issue 17, Russia" or "issue 18, security". */
	public static String place(Event event) {
		Issue issue = Containers.issueOf(event);
		return (issue == null ? "an issue" : "issue " + issue.getNumber()) + ", " + sectionName(event);
	}

	/** The relationship's name, "security" for a security event, "?" while the relationship does not resolve. */
	public static String sectionName(Event event) {
		if (event instanceof SecurityEvent) {
			return SECURITY;
		}
		return event.eContainer() instanceof RelationshipSection section && section.getRelationship() != null
				&& !section.getRelationship().eIsProxy() ? section.getRelationship().getName() : "?";
	}
}
