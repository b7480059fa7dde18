package org.barometer.export;

import java.util.ArrayList;
import java.util.List;

import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.model.RelationshipSection;
import org.barometer.model.dates.PeriodSpans;
import org.barometer.model.indices.RelationshipIndices;
import org.barometer.model.indices.SecurityIndices;
import org.barometer.model.navigation.Containers;
import org.eclipse.emf.ecore.resource.Resource;

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
		} else {
			problems.addAll(profileProblems(profile));
		}
		if (issue.getPeriod() == null) {
			problems.add("it has no period");
		} else if (issue.getPeriod().span() == null) {
			problems.add("its period is not two months of a year from " + PeriodSpans.FIRST_YEAR + " to " + PeriodSpans.LAST_YEAR);
		}
		for (RelationshipSection section : issue.getSections()) {
			if (RelationshipIndices.exceedsIndexRange(section)) {
				problems.add("the scores of a catalogue add up beyond what an index can hold");
				break;
			}
		}
		String missingScores = missingScores(issue);
		if (missingScores != null) {
			problems.add(missingScores);
		}
		if (issue.getSecurity() != null && SecurityIndices.exceedsIndexRange(issue.getSecurity())) {
			problems.add("the security scores add up beyond what an index can hold");
		}
		for (RelationshipSection section : issue.getSections()) {
			if (section.getRelationship() == null || section.getRelationship().eIsProxy()) {
				problems.add("a section names a relationship its profile does not declare");
				break;
			}
		}
		return problems;
	}

	/**
	 * A score still {@code ?} (a template's placeholder) counts in no index: exported, it would
	 * print as 0 and the published indices would be wrong.
	 */
	private static String missingScores(Issue issue) {
		int count = 0;
		List<String> where = new ArrayList<>();
		for (RelationshipSection section : issue.getSections()) {
			long missing = section.getEvents().stream().filter(e -> !e.isSetScore()).count();
			if (missing > 0) {
				count += missing;
				where.add("the " + (section.getRelationship() == null || section.getRelationship().getName() == null ? "?"
						: section.getRelationship().getName()) + " catalogue");
			}
		}
		if (issue.getSecurity() != null) {
			long missing = issue.getSecurity().getEvents().stream()
					.mapToLong(e -> (e.isSetNational() ? 0 : 1) + (e.isSetRegional() ? 0 : 1)).sum();
			if (missing > 0) {
				count += missing;
				where.add("the security catalogue");
			}
		}
		if (count == 0) {
			return null;
		}
		return (count == 1 ? "1 score is" : count + " scores are") + " not given yet (? in " + String.join(" and ", where) + ")";
	}

	/**
	 * A profile whose file has syntax errors was only partly read (a band without its name, a
	 * scale without its last band): the figures and colours would be wrong or missing.
	 */
	private static List<String> profileProblems(PublicationProfile profile) {
		Resource resource = profile.eResource();
		if (resource != null && !resource.getErrors().isEmpty()) {
			return List.of("its publication profile (" + resource.getURI().lastSegment() + ") has syntax errors");
		}
		List<String> problems = new ArrayList<>();
		if (profile.getScale() != null && profile.getScale().getBands().stream().anyMatch(b -> b.getName() == null || b.getColour() == null)) {
			problems.add("a band of its colour scale has no name or no colour");
		}
		if (profile.getRelationships().stream().anyMatch(r -> r.getName() == null)) {
			problems.add("a relationship of its profile has no name");
		}
		return problems;
	}

	public static void check(Issue issue) {
		List<String> problems = problems(issue);
		if (!problems.isEmpty()) {
			throw new NotExportableException("issue " + issue.getNumber() + " cannot be exported: " + String.join("; ", problems));
		}
	}
}
