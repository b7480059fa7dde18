package org.barometer.lang.ide.contentassist;

import java.util.Collection;

import org.barometer.lang.services.BarometerGrammarAccess;
import org.barometer.model.Issue;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

/**
 * Beyond keywords and names: signed scores where a score goes, the date forms where a row
 * starts, and templates for a new event row and a new section (see {@link BarometerTemplates}).
 * At the start of a row only dates and templates are proposed: the keywords and scores that
 * could also follow the previous row ({@code source}, {@code }}, an extra score) are noise there.
 */
public class BarometerProposalProvider extends IdeContentProposalProvider {

	static final String DATE = "date";

	private static final String[] SCORES = { "+1", "-1", "+2", "-2", "0", "+3", "-3" };

	@Inject
	private BarometerGrammarAccess grammar;

	@Inject
	private BarometerTemplates templates;

	@Override
	public void createProposals(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor) {
		boolean rowStart = contexts.stream().anyMatch(this::isRowStart);
		super.createProposals(contexts, rowStart ? new RowStartAcceptor(acceptor) : acceptor);
	}

	/** Nothing but indentation before what is typed on the line, where a catalogue row may begin. */
	private boolean isRowStart(ContentAssistContext context) {
		String text = context.getRootNode() == null ? "" : context.getRootNode().getText();
		int start = Math.min(text.length(), context.getOffset() - context.getPrefix().length());
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		if (start < 0 || !text.substring(lineStart, start).isBlank()) {
			return false;
		}
		return context.getFirstSetGrammarElements().stream().anyMatch(this::beginsARow);
	}

	/** A row's rule, its date, or the assignment of a row to a catalogue. */
	private boolean beginsARow(AbstractElement element) {
		AbstractElement called = element instanceof Assignment assignment ? assignment.getTerminal() : element;
		return called instanceof RuleCall call && (call.getRule() == grammar.getRelationshipEventRule()
				|| call.getRule() == grammar.getSecurityEventRule() || call.getRule() == grammar.getEventDateRule()
				|| call.getRule() == grammar.getDateTextRule());
	}

	/** Lets only dates and templates through. */
	private record RowStartAcceptor(IIdeContentProposalAcceptor delegate) implements IIdeContentProposalAcceptor {
		@Override
		public void accept(ContentAssistEntry entry, int priority) {
			if (entry != null && (DATE.equals(entry.getDescription()) || ContentAssistEntry.KIND_SNIPPET.equals(entry.getKind()))) {
				delegate.accept(entry, priority);
			}
		}

		@Override
		public boolean canAcceptMoreProposals() {
			return delegate.canAcceptMoreProposals();
		}
	}

	/** The placeholder "?" stands for a score not given yet: a template writes it, nobody types it. */
	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (!"?".equals(keyword.getValue())) {
			super._createProposals(keyword, context, acceptor);
		}
	}

	@Override
	protected void _createProposals(RuleCall ruleCall, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (ruleCall.getRule() == grammar.getScoreRule() || ruleCall.getRule() == grammar.getSignedScoreRule()) {
			proposeAll(SCORES, "score", context, acceptor);
		} else if (ruleCall.getRule() == grammar.getDateTextRule()) {
			Issue issue = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Issue.class);
			proposeAll(DateCompletions.complete(context.getPrefix(), issue).toArray(String[]::new), DATE, context, acceptor);
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
