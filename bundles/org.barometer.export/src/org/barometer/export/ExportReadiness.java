package org.barometer.export;

import java.util.ArrayList;
import java.util.List;

import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.model.RelationshipSection;
import org.barometer.model.navigation.Containers;

/**
 * Whether an issue's figures can be computed, and so exported. A stated figure that disagrees
 * does not matter here (exports never print stated figures); a missing profile does, since
 * it carries the relationships' titles and the colour scale.
 */
public final class ExportReadiness {

	private ExportReadiness() {
	}

	/** What prevents the export, in words; empty when the issue can be exported. */
	public static List<String> problems(Issue issue) {
		List<String> problems = new ArrayList<>();
		PublicationProfile profile = Containers.profileOf(issue);
		if (profile == null) {
			problems.add("its publication profile is not resolved");
		}
		if (issue.getPeriod() == null) {
			problems.add("it has no period");
		}
		for (RelationshipSection section : issue.getSections()) {
			if (section.getRelationship() == null || section.getRelationship().eIsProxy()) {
				problems.add("a section names a relationship its profile does not declare");
				break;
			}
		}
		return problems;
	}

	public static void check(Issue issue) {
		List<String> problems = problems(issue);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("issue " + issue.getNumber() + " cannot be exported: " + String.join("; ", problems));
		}
	}
}
