package org.barometer.importer;

import java.util.Locale;

import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;

/** The file names an import writes, as the examples are named: issue-18-nov-dec-2020.barometer, minsk-barometer.barometer. */
final class OutputNames {

	static final String EXTENSION = ".barometer";

	private OutputNames() {
	}

	static String issue(Issue issue) {
		return "issue-" + issue.getNumber() + "-" + shortMonth(issue.getPeriod().getFirstMonth().getLiteral()) + "-"
				+ shortMonth(issue.getPeriod().getSecondMonth().getLiteral()) + "-" + issue.getPeriod().getYear() + EXTENSION;
	}

	static String profile(PublicationProfile profile) {
		String title = profile.getTitle() != null ? profile.getTitle() : profile.getName();
		String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return (slug.isEmpty() ? "profile" : slug) + EXTENSION;
	}

	private static String shortMonth(String month) {
		return month.substring(0, 3).toLowerCase(Locale.ROOT);
	}
}
