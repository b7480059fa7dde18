package org.barometer.model.navigation;

import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.eclipse.emf.ecore.EObject;

/** Finds the issue, and through it the profile, that an element belongs to. */
public final class Containers {

	private Containers() {
	}

	public static Issue issueOf(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Issue issue) {
				return issue;
			}
		}
		return null;
	}

	/** The resolved profile of the element's issue; null when absent or unresolved. */
	public static PublicationProfile profileOf(EObject object) {
		Issue issue = issueOf(object);
		if (issue == null || issue.getProfile() == null || issue.getProfile().eIsProxy()) {
			return null;
		}
		return issue.getProfile();
	}
}
