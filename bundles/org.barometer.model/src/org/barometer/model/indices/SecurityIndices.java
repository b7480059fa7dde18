package org.barometer.model.indices;

import org.barometer.model.Band;
import org.barometer.model.SecurityEvent;
import org.barometer.model.SecuritySection;
import org.barometer.model.PublicationProfile;
import org.barometer.model.navigation.Containers;

/** The two security indices (sums of each axis, without the scores not given yet) and the band of the regional one. */
public final class SecurityIndices {

	private SecurityIndices() {
	}

	public static int nationalSecurityIndex(SecuritySection section) {
		int sum = 0;
		for (SecurityEvent event : section.getEvents()) {
			if (event.isSetNational()) {
				sum += event.getNational();
			}
		}
		return sum;
	}

	public static int regionalTensionIndex(SecuritySection section) {
		int sum = 0;
		for (SecurityEvent event : section.getEvents()) {
			if (event.isSetRegional()) {
				sum += event.getRegional();
			}
		}
		return sum;
	}

	/** Whether either axis adds up beyond what an index holds (see {@link RelationshipIndices#exceedsIndexRange}). */
	public static boolean exceedsIndexRange(SecuritySection section) {
		long national = 0;
		long regional = 0;
		for (SecurityEvent event : section.getEvents()) {
			national += event.getNational();
			regional += event.getRegional();
		}
		return IndexRange.exceeds(national) || IndexRange.exceeds(regional);
	}

	public static Band regionalBand(SecuritySection section) {
		PublicationProfile profile = Containers.profileOf(section);
		if (profile == null || profile.getScale() == null) {
			return null;
		}
		return profile.getScale().bandOf(regionalTensionIndex(section));
	}
}
