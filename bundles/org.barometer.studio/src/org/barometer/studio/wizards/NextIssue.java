package org.barometer.studio.wizards;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.barometer.model.Issue;
import org.barometer.model.Month;
import org.barometer.model.PublicationProfile;
import org.barometer.model.Relationship;
import org.barometer.workspace.IssueTemplates;
import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;

/**
 * The issue a publication would publish next: after its latest issue (number + 1, the next two
 * months, the same sections), or, for a publication with none yet, issue 1 of the current two
 * months with a section per relationship of its profile.
 */
record NextIssue(IProject publication, String fileName, String text, String description) {

	static NextIssue of(IProject publication) throws CoreException {
		ProjectResources resources = new ProjectResources(publication);
		resources.synchronize();
		List<EObject> documents = resources.files().stream().map(resources::resource)
				.filter(r -> r != null && !r.getContents().isEmpty()).map(r -> r.getContents().get(0)).toList();
		Optional<Issue> latest = documents.stream().filter(Issue.class::isInstance).map(Issue.class::cast)
				.max(Comparator.comparingInt(Issue::getNumber));
		if (latest.isPresent()) {
			Issue previous = latest.get();
			IssueTemplates.TwoMonths next = IssueTemplates.nextPeriod(previous.getPeriod());
			String description = "Issue \u2116 %d, %s\u2013%s %d, after \u2116 %d".formatted(previous.getNumber() + 1,
					next.first().getLiteral(), next.second().getLiteral(), next.year(), previous.getNumber());
			return new NextIssue(publication, IssueTemplates.nextFileName(previous), IssueTemplates.nextIssue(previous),
					description);
		}
		Optional<PublicationProfile> profile = documents.stream().filter(PublicationProfile.class::isInstance)
				.map(PublicationProfile.class::cast).findFirst();
		return first(publication, profile.map(PublicationProfile::getName).orElse("Publication"),
				profile.map(p -> p.getRelationships().stream().map(Relationship::getName).toList()).orElse(List.of()));
	}

	/** Issue 1 of the two months that contain today (January-February, March-April, ...). */
	static NextIssue first(IProject publication, String profileName, List<String> relationships) {
		LocalDate today = LocalDate.now();
		int first = today.getMonthValue() % 2 == 1 ? today.getMonthValue() : today.getMonthValue() - 1;
		Month firstMonth = Month.get(first);
		Month secondMonth = Month.get(first + 1);
		String description = "Issue \u2116 1, %s\u2013%s %d, the publication's first".formatted(firstMonth.getLiteral(),
				secondMonth.getLiteral(), today.getYear());
		return new NextIssue(publication, IssueTemplates.fileName(1, firstMonth, secondMonth, today.getYear()),
				IssueTemplates.issue(1, profileName, relationships, firstMonth, secondMonth, today.getYear()), description);
	}

	/** How the Issues list and the wizards name a publication: its title, else its folder's name. */
	static String titleOf(IProject publication) {
		return org.barometer.workspace.summary.PublicationSummaries.publicationTitle(publication).orElse(publication.getName());
	}
}
