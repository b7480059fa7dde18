package org.barometer.lang.validation;

import static org.barometer.lang.validation.BarometerIssueCodes.*;

import java.util.HashSet;
import java.util.Set;

import org.barometer.model.BarometerPackage.Literals;
import org.barometer.model.Issue;
import org.barometer.model.Period;
import org.barometer.model.PublicationProfile;
import org.barometer.model.Relationship;
import org.barometer.model.RelationshipSection;
import org.barometer.model.Section;
import org.barometer.model.SecuritySection;
import org.barometer.model.dates.PeriodSpans;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.validation.Check;

/** What an issue must contain: its period, a complete section per relationship of the profile. */
public class IssueStructureValidator extends BarometerCheckBase {

	@Check
	public void periodMonthsAreConsecutive(Period period) {
		if (period.getFirstMonth() == null || period.getSecondMonth() == null) {
			return;
		}
		if (period.getSecondMonth().getValue() != period.getFirstMonth().getValue() + 1) {
			error("A period is two consecutive months of one year; " + period.getFirstMonth().getLiteral() + " and "
					+ period.getSecondMonth().getLiteral() + " are not.", period, Literals.PERIOD__SECOND_MONTH,
					PERIOD_NOT_CONSECUTIVE);
		}
	}

	@Check
	public void periodYearIsSupported(Period period) {
		if (!PeriodSpans.isSupportedYear(period.getYear())) {
			error("The year " + period.getYear() + " is not one a period can have: write a year from " + PeriodSpans.FIRST_YEAR
					+ " to " + PeriodSpans.LAST_YEAR + ".", period, Literals.PERIOD__YEAR, PERIOD_YEAR_UNSUPPORTED);
		}
	}

	@Check
	public void everyRelationshipHasASection(Issue issue) {
		PublicationProfile profile = issue.getProfile();
		if (profile == null || profile.eIsProxy()) {
			return;
		}
		Set<Relationship> covered = new HashSet<>();
		for (RelationshipSection section : issue.getSections()) {
			covered.add(section.getRelationship());
		}
		for (Relationship relationship : profile.getRelationships()) {
			if (!covered.contains(relationship) && relationship.getName() != null) {
				warning("The profile monitors " + relationship.getName() + ", but the issue has no section for it.", issue,
						Literals.ISSUE__PROFILE, MISSING_SECTION, relationship.getName());
			}
		}
	}

	@Check
	public void relationshipHasOneSection(Issue issue) {
		Set<Relationship> seen = new HashSet<>();
		for (RelationshipSection section : issue.getSections()) {
			Relationship relationship = section.getRelationship();
			if (relationship != null && !relationship.eIsProxy() && !seen.add(relationship)) {
				error("A second section for " + relationship.getName() + ".", section,
						Literals.RELATIONSHIP_SECTION__RELATIONSHIP, DUPLICATE_SECTION);
			}
		}
	}

	@Check
	public void sectionHasEvents(Section section) {
		boolean empty = section instanceof RelationshipSection relationship ? relationship.getEvents().isEmpty()
				: ((SecuritySection) section).getEvents().isEmpty();
		if (empty) {
			warnOnHeading(name(section) + " has no events: its indices are all 0.", section, SECTION_WITHOUT_EVENTS);
		}
	}

	@Check
	public void sectionHasTrends(Section section) {
		if (section.getTrends().isEmpty()) {
			warnOnHeading(name(section) + " has no trends.", section, SECTION_WITHOUT_TRENDS);
		}
	}

	@Check
	public void sectionHasForecast(Section section) {
		if (section.getForecast() == null || section.getForecast().isBlank()) {
			warnOnHeading(name(section) + " has no forecast.", section, SECTION_WITHOUT_FORECAST);
		}
	}

	private static String name(Section section) {
		if (section instanceof RelationshipSection relationship && relationship.getRelationship() != null
				&& !relationship.getRelationship().eIsProxy()) {
			return "The " + relationship.getRelationship().getName() + " section";
		}
		return section instanceof SecuritySection ? "The security section" : "The section";
	}

	/** On the section's first word (relationship / security): marking the whole section would cover the file. */
	private void warnOnHeading(String message, Section section, String code) {
		if (section instanceof RelationshipSection) {
			warning(message, section, Literals.RELATIONSHIP_SECTION__RELATIONSHIP, code);
			return;
		}
		ILeafNode heading = SectionHeading.of(section);
		if (heading == null) {
			warning(message, section, null, code);
		} else {
			getMessageAcceptor().acceptWarning(message, section, heading.getOffset(), heading.getLength(), code);
		}
	}
}
