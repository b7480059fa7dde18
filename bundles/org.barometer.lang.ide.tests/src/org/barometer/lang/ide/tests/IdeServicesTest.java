package org.barometer.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import org.barometer.lang.ide.BarometerIdeSetup;
import org.barometer.lang.ide.highlighting.BarometerHighlightingStyles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** The UI-independent services the editor adapts: semantic highlighting, content assist and its templates. */
class IdeServicesTest {

	private static final String PROFILE = "profile T relationships { Russia }";
	private static final String ISSUE = "issue 1 of T period November-December 2020\n"
			+ "relationship Russia { stated total +9 events\n 1 November \"Up\" +2\n 2 November \"Down\" -1\n}\n";

	private final Injector injector = new BarometerIdeSetup().createInjectorAndDoEMFRegistration();

	@Test
	void highlightsDatesScoresBySignAndDisagreeingFigures() throws Exception {
		XtextResource issue = load(ISSUE);
		List<String> highlighted = new ArrayList<>();
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(issue,
				(offset, length, styles) -> highlighted.add(ISSUE.substring(offset, offset + length) + "=" + styles[0]),
				CancelIndicator.NullImpl);
		assertTrue(highlighted.contains("1 November=" + BarometerHighlightingStyles.DATE), highlighted.toString());
		assertTrue(highlighted.contains("+2=" + BarometerHighlightingStyles.POSITIVE_SCORE), highlighted.toString());
		assertTrue(highlighted.contains("-1=" + BarometerHighlightingStyles.NEGATIVE_SCORE), highlighted.toString());
		assertTrue(highlighted.contains("+9=" + BarometerHighlightingStyles.DISAGREEING_FIGURE), highlighted.toString());
	}

	@Test
	void proposesSignedScoresAfterADescription() throws Exception {
		String text = ISSUE.replace(" +2\n", " ");
		int offset = text.indexOf("\"Up\" ") + "\"Up\" ".length();
		List<String> proposals = proposalsAt(text, offset);
		assertTrue(proposals.containsAll(List.of("+1", "-1", "0")), proposals.toString());
	}

	@Test
	void proposesRelationshipsOfTheProfile() throws Exception {
		String text = "issue 1 of T period November-December 2020\nrelationship ";
		assertEquals(List.of("Russia"), proposalsAt(text, text.length()).stream().filter(p -> p.equals("Russia")).toList());
	}

	@Test
	void proposesTheIssuesMonthsAfterADayAndCompletesAMonthBeingTyped() throws Exception {
		String text = ISSUE.replace("}\n", " 3 \n}\n");
		assertEquals(List.of("3 November", "3 December"), dates(proposalsAt(text, text.indexOf(" 3 ") + " 3 ".length())));
		String range = ISSUE.replace("}\n", " 22-29 Dec\n}\n");
		assertEquals(List.of("22-29 December"), dates(proposalsAt(range, range.indexOf("Dec\n") + "Dec".length())));
		String early = ISSUE.replace("}\n", " Early \n}\n");
		assertEquals(List.of("Early November", "Early December"), dates(proposalsAt(early, early.indexOf("Early ") + "Early ".length())));
	}

	private static List<String> dates(List<String> proposals) {
		return proposals.stream().filter(p -> p.matches(".*(November|December)")).distinct().toList();
	}

	@Test
	void proposesAnEventRowTemplateWhoseFieldsAreDateDescriptionAndAScoreNotGivenYet() throws Exception {
		String text = ISSUE.replace(" 2 November", " \n 2 November");
		int offset = text.indexOf(" \n 2 November") + 1;
		ContentAssistEntry template = entriesAt(PROFILE, text, offset).stream().filter(e -> "New event".equals(e.getLabel()))
				.findFirst().orElseThrow(() -> new AssertionError("no event template at the start of a row"));
		assertEquals("1 November \"Event\" ?", template.getProposal());
		assertEquals(List.of("1 November", "Event", "?"), template.getEditPositions().stream()
				.map(field -> template.getProposal().substring(field.getOffset(), field.getOffset() + field.getLength())).toList(),
				"the fields Tab moves through, in order");
	}

	@Test
	void atTheStartOfARowProposesTheIssuesDatesAndTheTemplatesOnly() throws Exception {
		String text = ISSUE.replace(" 2 November", " \n 2 November");
		int offset = text.indexOf(" \n 2 November") + 1;
		List<ContentAssistEntry> entries = entriesAt(PROFILE, text, offset);
		List<String> proposals = entries.stream().filter(e -> !ContentAssistEntry.KIND_SNIPPET.equals(e.getKind()))
				.map(ContentAssistEntry::getProposal).distinct().toList();
		assertEquals(List.of("November", "December", "Early November", "Mid-November", "Late November", "Early December",
				"Mid-December", "Late December", "November-December"), proposals);
		assertTrue(entries.stream().anyMatch(e -> "New event".equals(e.getLabel())), "the event template");

		String typed = ISSUE.replace(" 2 November", " Mi\n 2 November");
		assertEquals(List.of("Mid-November", "Mid-December"), proposalsAt(typed, typed.indexOf(" Mi\n") + " Mi".length()).stream()
				.distinct().toList());
	}

	@Test
	void proposesASectionTemplateForEachRelationshipNotCoveredYet() throws Exception {
		String profile = "profile T relationships { Russia EU China }";
		List<String> labels = entriesAt(profile, ISSUE, ISSUE.length()).stream().map(ContentAssistEntry::getLabel)
				.filter(label -> label != null && label.startsWith("New section")).toList();
		assertEquals(List.of("New section EU", "New section China"), labels);
	}

	@Test
	void offersNoTemplateOnceSomethingIsTyped() throws Exception {
		String text = ISSUE.replace(" 2 November", " 3\n 2 November");
		int offset = text.indexOf(" 3\n") + " 3".length();
		assertTrue(entriesAt(PROFILE, text, offset).stream().noneMatch(e -> ContentAssistEntry.KIND_SNIPPET.equals(e.getKind())));
	}

	private List<String> proposalsAt(String text, int offset) throws Exception {
		return entriesAt(PROFILE, text, offset).stream().map(ContentAssistEntry::getProposal).toList();
	}

	private List<ContentAssistEntry> entriesAt(String profileText, String text, int offset) throws Exception {
		XtextResource resource = load(profileText, text);
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
			factory.setPool(executor);
			ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
			List<ContentAssistEntry> proposals = new ArrayList<>();
			IdeContentProposalAcceptor acceptor = new IdeContentProposalAcceptor() {
				@Override
				public void accept(ContentAssistEntry entry, int priority) {
					if (entry != null) {
						proposals.add(entry);
					}
				}
			};
			injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
			return proposals;
		} finally {
			executor.shutdown();
		}
	}

	private XtextResource load(String issueText) throws Exception {
		return load(PROFILE, issueText);
	}

	private XtextResource load(String profileText, String issueText) throws Exception {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource profile = (XtextResource) resourceSet.createResource(URI.createURI("test:/p/profile.barometer"));
		profile.load(new ByteArrayInputStream(profileText.getBytes(StandardCharsets.UTF_8)), null);
		XtextResource issue = (XtextResource) resourceSet.createResource(URI.createURI("test:/p/issue.barometer"));
		issue.load(new ByteArrayInputStream(issueText.getBytes(StandardCharsets.UTF_8)), null);
		return issue;
	}
}
