package org.barometer.importer.model;

import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;

/**
 * The score range of a profile the import builds: an issue does not print it, so it is the
 * widest the imported catalogues use, symmetric as the publication's own (-4 to +4), and never
 * narrower than the language's default (-3 to +3). A score beyond it is then no import's
 * artefact but the validator's finding in a later issue.
 */
public final class ScoreRange {

	private static final int DEFAULT_WIDTH = 3;

	private ScoreRange() {
	}

	/** Widens the profile's range to the scores of {@code issue}. */
	public static void widen(PublicationProfile profile, Issue issue) {
		int widest = Math.max(DEFAULT_WIDTH, Math.max(-profile.getMinScore(), profile.getMaxScore()));
		for (RelationshipSection section : issue.getSections()) {
			for (RelationshipEvent event : section.getEvents()) {
				widest = Math.max(widest, event.isSetScore() ? Math.abs(event.getScore()) : 0);
			}
		}
		if (issue.getSecurity() != null) {
			for (SecurityEvent event : issue.getSecurity().getEvents()) {
				widest = Math.max(widest, event.isSetNational() ? Math.abs(event.getNational()) : 0);
				widest = Math.max(widest, event.isSetRegional() ? Math.abs(event.getRegional()) : 0);
			}
		}
		profile.setMinScore(-widest);
		profile.setMaxScore(widest);
	}
}
