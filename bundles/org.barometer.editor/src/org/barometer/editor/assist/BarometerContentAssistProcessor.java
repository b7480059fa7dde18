package org.barometer.editor.assist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.barometer.editor.live.LiveDocument;
import org.barometer.editor.live.LiveDocuments;
import org.barometer.workspace.BarometerInjector;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

/**
 * Adapts the language's {@link IdeContentProposalProvider} (keywords, relationship and band
 * names of the profile, date forms, signed scores, templates) to JFace content assist. The
 * text of the moment is parsed, so proposals never lag behind typing. A template is inserted
 * in linked mode (see {@link LinkedTemplateProposal}). No character opens the popup by itself:
 * Ctrl+Space does, and {@link RowStartAssist} where a row starts.
 */
public class BarometerContentAssistProcessor implements IContentAssistProcessor {

	private static final ExecutorService PARSER_POOL = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "Barometer content assist");
		thread.setDaemon(true);
		return thread;
	});

	// made on first use: opening an editor does not wait for the language
	private final Supplier<IdeContentProposalProvider> proposalProvider = BarometerInjector.lazily(IdeContentProposalProvider.class);

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		ICompletionProposal[] offered = RowStartProposals.take(viewer.getDocument(), offset);
		if (offered != null) {
			return offered;
		}
		LiveDocument live = LiveDocuments.of(viewer.getDocument());
		if (live == null) {
			return new ICompletionProposal[0];
		}
		String text = viewer.getDocument().get();
		try {
			return proposals(live.parse(text), text, offset);
		} catch (CoreException | RuntimeException e) {
			ILog.of(getClass()).error("Content assist failed at offset " + offset, e);
			return new ICompletionProposal[0];
		}
	}

	ICompletionProposal[] proposals(XtextResource resource, String text, int offset) {
		ContentAssistContextFactory factory = BarometerInjector.get().getInstance(ContentAssistContextFactory.class);
		factory.setPool(PARSER_POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		List<Ranked> ranked = new ArrayList<>();
		proposalProvider.get().createProposals(List.of(contexts), new IdeContentProposalAcceptor() {
			@Override
			public void accept(ContentAssistEntry entry, int priority) {
				if (entry != null && entry.getProposal() != null) {
					ranked.add(new Ranked(entry, priority));
				}
			}

			@Override
			public boolean canAcceptMoreProposals() {
				return ranked.size() < 200;
			}
		});
		ranked.sort(Comparator.comparingInt(Ranked::priority).reversed());
		List<ICompletionProposal> proposals = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		for (Ranked each : ranked) {
			ContentAssistEntry entry = each.entry();
			String proposal = entry.getProposal();
			if (seen.contains(proposal)) {
				continue;
			}
			seen.add(proposal);
			int prefixLength = entry.getPrefix() == null ? 0 : entry.getPrefix().length();
			String display = entry.getLabel() != null ? entry.getLabel() : proposal;
			if (entry.getDescription() != null) {
				display += " — " + entry.getDescription();
			}
			if (ContentAssistEntry.KIND_SNIPPET.equals(entry.getKind()) && !entry.getEditPositions().isEmpty()) {
				proposals.add(new LinkedTemplateProposal(proposal, offset - prefixLength, prefixLength,
						List.copyOf(entry.getEditPositions()), display, entry.getDocumentation()));
				continue;
			}
			Point selection = entry.getEditPositions().isEmpty() ? null
					: new Point(entry.getEditPositions().get(0).getOffset(), entry.getEditPositions().get(0).getLength());
			proposals.add(new InsertionProposal(proposal, offset - prefixLength, prefixLength, selection, display,
					entry.getDocumentation()));
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private record Ranked(ContentAssistEntry entry, int priority) {
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
