package org.barometer.workspace.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.barometer.model.Band;
import org.barometer.model.Issue;
import org.barometer.model.Period;
import org.barometer.model.PublicationProfile;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecuritySection;
import org.eclipse.core.resources.IFile;

/**
 * What the studio's lists and window title say about one file, read from the model the builder
 * parsed: an issue's number, period and computed indices, or a profile's name and title. Small
 * and immutable, so the UI can hold it without holding the parsed model.
 */
public record DocumentSummary(IFile file, Kind kind, String profileName, String publicationTitle, int number,
		String period, List<Figure> aggregates, Integer national, Integer regional, String band) {

	public enum Kind {
		PROFILE, ISSUE
	}

	/** One computed figure with the name a reader knows it by ("Russia", +16). */
	public record Figure(String name, int value) {
	}

	public boolean isIssue() {
		return kind == Kind.ISSUE;
	}

	public static DocumentSummary ofProfile(IFile file, PublicationProfile profile) {
		String title = profile.getTitle() == null || profile.getTitle().isBlank() ? profile.getName() : profile.getTitle();
		return new DocumentSummary(file, Kind.PROFILE, profile.getName(), title, 0, "", List.of(), null, null, null);
	}

	public static DocumentSummary ofIssue(IFile file, Issue issue) {
		PublicationProfile profile = issue.getProfile();
		boolean resolved = profile != null && !profile.eIsProxy();
		String profileName = resolved ? profile.getName() : "";
		String title = resolved && profile.getTitle() != null && !profile.getTitle().isBlank() ? profile.getTitle() : profileName;
		List<Figure> aggregates = new ArrayList<>();
		for (RelationshipSection section : issue.getSections()) {
			if (section.getRelationship() != null && !section.getRelationship().eIsProxy()) {
				aggregates.add(new Figure(relationshipName(section), section.getAggregateIndex()));
			}
		}
		SecuritySection security = issue.getSecurity();
		Integer national = security == null ? null : security.getNationalSecurityIndex();
		Integer regional = security == null ? null : security.getRegionalTensionIndex();
		String band = Optional.ofNullable(security).map(DocumentSummary::bandOf).map(Band::getName).orElse(null);
		return new DocumentSummary(file, Kind.ISSUE, profileName, title, issue.getNumber(), periodText(issue.getPeriod()),
				List.copyOf(aggregates), national, regional, band);
	}

	private static String relationshipName(RelationshipSection section) {
		String title = section.getRelationship().getTitle();
		return title == null || title.isBlank() ? section.getRelationship().getName() : title;
	}

	private static Band bandOf(SecuritySection security) {
		try {
			return security.regionalBand();
		} catch (RuntimeException unresolvedProfile) {
			return null;
		}
	}

	/** "November–December 2020", as the masthead prints it. */
	static String periodText(Period period) {
		if (period == null || period.getFirstMonth() == null || period.getSecondMonth() == null) {
			return "";
		}
		return period.getFirstMonth().getLiteral() + "\u2013" + period.getSecondMonth().getLiteral() + " " + period.getYear();
	}
}
