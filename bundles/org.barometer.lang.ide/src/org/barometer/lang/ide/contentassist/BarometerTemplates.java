package org.barometer.lang.ide.contentassist;

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
 * where nothing is typed yet. Their edit positions are relative to the start of the proposal
 * (the first is selected once it is inserted), and their kind is
 * {@link ContentAssistEntry#KIND_SNIPPET}.
 */
public class BarometerTemplates {

	private static final int PRIORITY = 600;
	private static final String EVENT_DESCRIPTION = "Event";

	void event(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		String row = "1 " + firstMonth(context) + " \"" + EVENT_DESCRIPTION + "\" +1";
		accept(context, acceptor, "New event", "event row template", row, row.indexOf(EVENT_DESCRIPTION), EVENT_DESCRIPTION.length());
	}

	void securityEvent(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		String row = "1 " + firstMonth(context) + " \"" + EVENT_DESCRIPTION + "\" 0 0";
		accept(context, acceptor, "New security event", "national and regional scores", row, row.indexOf(EVENT_DESCRIPTION),
				EVENT_DESCRIPTION.length());
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
						section.indexOf("\"\"") + 1, 0);
			}
		}
	}

	void securitySection(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		String section = "security {\n  trends\n    1. \"\"\n  forecast \"\"\n  events\n}\n";
		accept(context, acceptor, "New security section", "section template", section, section.indexOf("\"\"") + 1, 0);
	}

	private static void accept(ContentAssistContext context, IIdeContentProposalAcceptor acceptor, String label,
			String description, String text, int editOffset, int editLength) {
		if (!context.getPrefix().isEmpty()) {
			return;
		}
		ContentAssistEntry entry = new ContentAssistEntry();
		entry.setPrefix("");
		entry.setProposal(text);
		entry.setLabel(label);
		entry.setDescription(description);
		entry.setKind(ContentAssistEntry.KIND_SNIPPET);
		entry.getEditPositions().add(new TextRegion(editOffset, editLength));
		acceptor.accept(entry, PRIORITY);
	}

	private static String firstMonth(ContentAssistContext context) {
		Issue issue = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Issue.class);
		Month month = issue == null || issue.getPeriod() == null ? null : issue.getPeriod().getFirstMonth();
		return month == null ? "January" : month.getLiteral();
	}
}
