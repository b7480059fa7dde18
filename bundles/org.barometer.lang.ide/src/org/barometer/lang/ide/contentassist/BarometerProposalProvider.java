package org.barometer.lang.ide.contentassist;

import org.barometer.lang.services.BarometerGrammarAccess;
import org.barometer.model.Issue;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

/**
 * Beyond keywords and names: signed scores where a score goes, the date forms where a row
 * starts, and templates for a new event row and a new section (see {@link BarometerTemplates}).
 */
public class BarometerProposalProvider extends IdeContentProposalProvider {

	private static final String[] SCORES = { "+1", "-1", "+2", "-2", "0", "+3", "-3" };

	@Inject
	private BarometerGrammarAccess grammar;

	@Inject
	private BarometerTemplates templates;

	@Override
	protected void _createProposals(RuleCall ruleCall, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (ruleCall.getRule() == grammar.getScoreRule() || ruleCall.getRule() == grammar.getSignedScoreRule()) {
			proposeAll(SCORES, "score", context, acceptor);
		} else if (ruleCall.getRule() == grammar.getDateTextRule()) {
			Issue issue = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Issue.class);
			proposeAll(DateCompletions.complete(context.getPrefix(), issue).toArray(String[]::new), "date", context, acceptor);
		}
		super._createProposals(ruleCall, context, acceptor);
	}

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		AbstractElement terminal = assignment.getTerminal();
		if (terminal instanceof RuleCall ruleCall) {
			if (ruleCall.getRule() == grammar.getScoreRule() || ruleCall.getRule() == grammar.getSignedScoreRule()) {
				proposeAll(SCORES, "score", context, acceptor);
				return;
			}
			if (ruleCall.getRule() == grammar.getRelationshipEventRule()) {
				templates.event(context, acceptor);
			} else if (ruleCall.getRule() == grammar.getSecurityEventRule()) {
				templates.securityEvent(context, acceptor);
			} else if (ruleCall.getRule() == grammar.getRelationshipSectionRule()) {
				templates.sections(context, acceptor);
			} else if (ruleCall.getRule() == grammar.getSecuritySectionRule()) {
				templates.securitySection(context, acceptor);
			}
		}
		super._createProposals(assignment, context, acceptor);
	}

	private void proposeAll(String[] proposals, String description, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		for (String proposal : proposals) {
			ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context);
			if (entry != null) {
				entry.setDescription(description);
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
			}
		}
	}
}
