package org.barometer.export;

import java.util.Locale;

import org.barometer.model.Band;
import org.barometer.model.Event;
import org.barometer.model.Issue;
import org.barometer.model.Month;
import org.barometer.model.Period;
import org.barometer.model.PublicationProfile;
import org.barometer.model.Relationship;
import org.barometer.model.SecuritySection;
import org.barometer.model.navigation.Containers;

/** The words an exported issue is titled with, as the published issues print them. */
public final class IssueTitles {

	public static final String APPENDIX_RELATIONS = "Catalogue of events underlying the relations development indices";
	public static final String APPENDIX_SECURITY = "Catalogue of events underlying the security indices";
	public static final String APPENDIX_SCALE = "Colour scale of regional security tensions";
	public static final String TOTAL = "Total";
	public static final String SECURITY = "Security Barometer";
	public static final String CONTENTS = "Contents";
	public static final String DEVELOPMENTS = "Developments and processes";
	/** Said of a regional total that no band, or more than one, holds (the validator reports the scale). */
	public static final String NO_BAND = "no colour band";

	private IssueTitles() {
	}

	/** "Minsk Barometer", or the profile's name when it has no title. */
	public static String publication(PublicationProfile profile) {
		if (profile == null) {
			return "";
		}
		return profile.getTitle() != null ? profile.getTitle() : profile.getName();
	}

	/** "European Union", or the relationship's name when it has no title. */
	public static String relationship(Relationship relationship) {
		if (relationship == null) {
			return "";
		}
		return relationship.getTitle() != null ? relationship.getTitle() : relationship.getName();
	}

	/** "Relationship with Russia", "Relationship with the European Union", "Relationship with the U.S.". */
	public static String relationshipHeading(Relationship relationship) {
		String title = relationship(relationship);
		return "Relationship with " + (takesArticle(title) ? "the " : "") + title;
	}

	/**
	 * The heading of a relationship's catalogue in Appendix 1, with the profile's short name when
	 * it has one: "Relationship with the EU" where the section reads "... the European Union".
	 */
	public static String appendixRelationshipHeading(Relationship relationship) {
		String shortTitle = relationship == null ? null : relationship.getShortTitle();
		if (shortTitle == null || shortTitle.isBlank()) {
			return relationshipHeading(relationship);
		}
		String title = shortTitle.strip();
		return "Relationship with " + (takesArticle(title) ? "the " : "") + title;
	}

	/** The security section's heading: the profile's title for it, else "Security Barometer". */
	public static String securityHeading(PublicationProfile profile) {
		String title = profile == null ? null : profile.getSecurityTitle();
		return title == null || title.isBlank() ? SECURITY : title.strip();
	}

	/** "Minsk Barometer · № 18 · November and December 2020": the running header of an issue's pages. */
	public static String runningHeader(Issue issue) {
		String period = period(issue.getPeriod());
		return publication(Containers.profileOf(issue)) + " · № " + issue.getNumber() + (period.isEmpty() ? "" : " · " + period);
	}

	/**
	 * English puts "the" before abbreviations (the U.S., the EU) and before names made of a
	 * common noun (the European Union, the United Kingdom, the Russian Federation).
	 */
	static boolean takesArticle(String title) {
		if (title.isEmpty() || title.startsWith("the ") || title.startsWith("The ")) {
			return false;
		}
		if (title.contains(".") || (title.length() <= 5 && title.equals(title.toUpperCase(Locale.ROOT)))) {
			return true;
		}
		for (String noun : new String[] { "Union", "States", "Kingdom", "Federation", "Republic", "Emirates", "Netherlands",
				"Philippines", "Alliance", "Organization", "Organisation", "Council", "Community" }) {
			if ((" " + title + " ").contains(" " + noun + " ")) {
				return true;
			}
		}
		return false;
	}

	/** "-8 (Yellow)": the regional tension index with its colour; "-1 (no colour band)" in a gap or an overlap of the scale. */
	public static String regionalTotal(SecuritySection security) {
		Band band = security.regionalBand();
		return SignedScore.of(security.getRegionalTensionIndex()) + " (" + (band != null ? band.getName() : NO_BAND) + ")";
	}

	/** The date as the editor wrote it; a missing one prints as a dash, as in the published issues. */
	public static String dateAsWritten(Event event) {
		return event.getDate() == null || event.getDate().getText() == null ? "-" : event.getDate().getText();
	}

	/** "November and December 2020". */
	public static String period(Period period) {
		if (period == null) {
			return "";
		}
		return month(period.getFirstMonth()) + " and " + month(period.getSecondMonth()) + " " + period.getYear();
	}

	/** "Nov–Dec 2020": for chart axes. */
	public static String shortPeriod(Period period) {
		if (period == null) {
			return "";
		}
		return month(period.getFirstMonth()).substring(0, 3) + "–" + month(period.getSecondMonth()).substring(0, 3) + " "
				+ period.getYear();
	}

	/** "№ 18 (November and December 2020)", the running title of an issue. */
	public static String issueLabel(Issue issue) {
		return "№ " + issue.getNumber() + (issue.getPeriod() == null ? "" : " (" + period(issue.getPeriod()) + ")");
	}

	private static String month(Month month) {
		return month == null ? "" : month.getLiteral();
	}
}
