package org.barometer.workspace;

import java.util.List;

import org.barometer.model.Issue;
import org.barometer.model.Month;
import org.barometer.model.Period;
import org.barometer.model.PublicationProfile;
import org.barometer.model.Relationship;

/** The text of new files: a profile to start from, the first issue of a project, the issue after a given one. */
public final class IssueTemplates {

	private IssueTemplates() {
	}

	public static String profile(String name) {
		return profile(name, name);
	}

	/** A profile named {@code name} in files (an identifier) and {@code title} in print ("Minsk Barometer"). */
	public static String profile(String name, String title) {
		return """
				// The publication's profile: what it monitors, how it scores, its colour scale.
				profile %s
				title "%s"
				scores from -4 to +4
				relationships {
				  Russia "Russia"
				  EU "European Union"
				}
				axes national "National security" regional "Regional tension"
				scale "Colour scale of regional security tensions" {
				  band White from 0 colour #FFFFFF "Low likelihood of escalation"
				  band Green from -6 to -1 colour #00B050 "Cautious attention"
				  band Yellow from -12 to -7 colour #FFFF00 "Close attention"
				  band Orange from -17 to -13 colour #FFC000 "Threatening tension"
				  band Red to -18 colour #FF0000 "Pre-war situation"
				}
				""".formatted(name, title.replace("\\", "\\\\").replace("\"", "\\\""));
	}

	/** An issue with one empty section per relationship and an empty security section. */
	public static String issue(int number, String profileName, List<String> relationships, Month first, Month second, int year) {
		StringBuilder text = new StringBuilder();
		text.append("issue ").append(number).append(" of ").append(profileName).append('\n');
		text.append("period ").append(first.getLiteral()).append('-').append(second.getLiteral()).append(' ').append(year).append("\n\n");
		for (String relationship : relationships) {
			text.append("relationship ").append(relationship).append(" {\n  events\n}\n\n");
		}
		text.append("security {\n  events\n}\n");
		return text.toString();
	}

	/** Two consecutive months of a year. */
	public record TwoMonths(Month first, Month second, int year) {
	}

	/** The two months after the issue's period: November-December 2020 is followed by January-February 2021. */
	public static TwoMonths nextPeriod(Period period) {
		int year = period.getYear();
		int first = period.getSecondMonth().getValue() + 1;
		if (first > 12) {
			first = 1;
			year++;
		}
		return new TwoMonths(Month.get(first), Month.get(first == 12 ? 1 : first + 1), year);
	}

	/** The issue after the given one: next number, the next two months, the same profile and sections, empty catalogues. */
	public static String nextIssue(Issue previous) {
		TwoMonths next = nextPeriod(previous.getPeriod());
		PublicationProfile profile = previous.getProfile();
		boolean resolved = profile != null && !profile.eIsProxy();
		List<String> relationships = resolved ? profile.getRelationships().stream().map(Relationship::getName).toList() : List.of();
		return issue(previous.getNumber() + 1, resolved ? profile.getName() : "Profile", relationships, next.first(), next.second(),
				next.year());
	}

	public static String nextFileName(Issue previous) {
		TwoMonths next = nextPeriod(previous.getPeriod());
		return fileName(previous.getNumber() + 1, next.first(), next.second(), next.year());
	}

	/** A file name that says what the issue is: issue-19-jan-feb-2021.barometer. */
	public static String fileName(int number, Month first, Month second, int year) {
		return "issue-%d-%s-%s-%d.%s".formatted(number, first.getLiteral().substring(0, 3).toLowerCase(),
				second.getLiteral().substring(0, 3).toLowerCase(), year, ProjectResources.EXTENSION);
	}
}
