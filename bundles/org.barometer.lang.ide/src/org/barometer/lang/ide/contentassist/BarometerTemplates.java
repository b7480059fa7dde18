package org.barometer.lang.ide.contentassist;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.barometer.model.Issue;
import org.barometer.model.Month;
import org.barometer.model.Relationship;
import org.barometer.model.RelationshipSection;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.util.TextRegion;

/**
 * Templates for what an editor adds most: an event row dated in the issue's first month, and
 * a section for each relationship of the profile the issue does not cover yet. Offered only
 * where nothing is typed yet. Their edit positions are relative to the start of the proposal,
 * in the order Tab visits them (the first is selected once it is inserted), and their kind is
 * {@link ContentAssistEntry#KIND_SNIPPET}. A row's score is the placeholder {@code ?}, which
 * counts in no index until the analyst types the score over it.
 */
public class BarometerTemplates {

	private static final int PRIORITY = 600;
	private static final String EVENT_DESCRIPTION = "Event";
	private static final String SCORE_NOT_GIVEN = "?";

	void event(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		String date = "1 " + firstMonth(context);
		String row = date + " \"" + EVENT_DESCRIPTION + "\" " + SCORE_NOT_GIVEN;
		accept(context, acceptor, "New event", "event row template", row, new TextRegion(0, date.length()),
				new TextRegion(row.indexOf(EVENT_DESCRIPTION), EVENT_DESCRIPTION.length()), new TextRegion(row.length() - 1, 1));
	}

	void securityEvent(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		String date = "1 " + firstMonth(context);
		String row = date + " \"" + EVENT_DESCRIPTION + "\" " + SCORE_NOT_GIVEN + " " + SCORE_NOT_GIVEN;
		accept(context, acceptor, "New security event", "national and regional scores", row, new TextRegion(0, date.length()),
				new TextRegion(row.indexOf(EVENT_DESCRIPTION), EVENT_DESCRIPTION.length()), new TextRegion(row.length() - 3, 1),
				new TextRegion(row.length() - 1, 1));
	}

	void sections(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Issue issue = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Issue.class);
		if (issue == null || issue.getProfile() == null || issue.getProfile().eIsProxy()) {
			return;
		}
		Set<Relationship> covered = issue.getSections().stream().map(RelationshipSection::getRelationship).collect(Collectors.toSet());
		for (Relationship relationship : issue.getProfile().getRelationships()) {
			if (!covered.contains(relationship) && relationship.getName() != null) {
				String section = "relationship " + relationship.getName() + " {\n  trends\n    1. \"\"\n  forecast \"\"\n  events\n}\n";
				accept(context, acceptor, "New section " + relationship.getName(), "section template", section,
						new TextRegion(section.indexOf("\"\"") + 1, 0));
			}
		}
	}

	void securitySection(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		String section = "security {\n  trends\n    1. \"\"\n  forecast \"\"\n  events\n}\n";
		accept(context, acceptor, "New security section", "section template", section, new TextRegion(section.indexOf("\"\"") + 1, 0));
	}

	private static void accept(ContentAssistContext context, IIdeContentProposalAcceptor acceptor, String label,
			String description, String text, TextRegion... fields) {
		if (!context.getPrefix().isEmpty()) {
			return;
		}
		ContentAssistEntry entry = new ContentAssistEntry();
		entry.setPrefix("");
		entry.setProposal(text);
		entry.setLabel(label);
		entry.setDescription(description);
		entry.setKind(ContentAssistEntry.KIND_SNIPPET);
		entry.getEditPositions().addAll(List.of(fields));
		acceptor.accept(entry, PRIORITY);
	}

	private static String firstMonth(ContentAssistContext context) {
		Issue issue = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Issue.class);
		Month month = issue == null || issue.getPeriod() == null ? null : issue.getPeriod().getFirstMonth();
		return month == null ? "January" : month.getLiteral();
	}
}
