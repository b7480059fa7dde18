package org.barometer.workspace.consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.barometer.model.Event;
import org.barometer.model.Issue;
import org.barometer.model.RelationshipSection;
import org.barometer.model.navigation.Containers;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue.IssueImpl;

/**
 * Near-identical events that carry different scores across the issues of a project, as
 * informational diagnostics on each event concerned ("is a phone call between ministers +1 in
 * every section?"). Nothing is wrong with either score; the editor decides.
 */
public final class ScoringConsistency {

	public static final String CODE = "org.barometer.workspace.scoreDisagreement";

	private ScoringConsistency() {
	}

	/** Every event of the issues, in their order. */
	public static List<Event> eventsOf(List<Issue> issues) {
		List<Event> events = new ArrayList<>();
		for (Issue issue : issues) {
			for (RelationshipSection section : issue.getSections()) {
				events.addAll(section.getEvents());
			}
			if (issue.getSecurity() != null) {
				events.addAll(issue.getSecurity().getEvents());
			}
		}
		return events;
	}

	/** The near-identical pairs of the issues' events that were scored differently. */
	public static List<SimilarEvents.Pair<Event>> disagreements(List<Issue> issues) {
		return disagreementsOf(comparable(issues));
	}

	/** An event with what it is compared by, read from the model: the comparison then reads no model. */
	public record ComparableEvent(Event event, String group, String description, List<Integer> scores) {
	}

	/** The issues' events with their group, description and scores, read on the thread that owns the models. */
	public static List<ComparableEvent> comparable(List<Issue> issues) {
		List<ComparableEvent> events = new ArrayList<>();
		for (Event event : eventsOf(issues)) {
			events.add(new ComparableEvent(event, ComparableEvents.group(event), event.getDescription(), ComparableEvents.scores(event)));
		}
		return events;
	}

	/**
	 * The near-identical pairs of the events that were scored differently; reads only the values
	 * {@link #comparable} read, so it may run on another thread while the models are validated.
	 */
	public static List<SimilarEvents.Pair<Event>> disagreementsOf(List<ComparableEvent> events) {
		SimilarEvents<ComparableEvent> index = new SimilarEvents<>(events, ComparableEvent::group, ComparableEvent::description,
				ComparableEvent::scores);
		return index.disagreements(DescriptionSimilarity.NEAR_IDENTICAL).stream()
				.map(pair -> new SimilarEvents.Pair<>(pair.first().event(), pair.second().event(), pair.similarity())).toList();
	}

	/** One info diagnostic per event that disagrees with a near-identical one, grouped by the resource holding the event. */
	public static Map<Resource, List<org.eclipse.xtext.validation.Issue>> diagnostics(List<Issue> issues) {
		return diagnosticsOf(disagreements(issues));
	}

	/** The diagnostics of {@link #diagnostics(List)} for pairs found already; on the thread that owns the models. */
	public static Map<Resource, List<org.eclipse.xtext.validation.Issue>> diagnosticsOf(List<SimilarEvents.Pair<Event>> disagreements) {
		Map<Event, List<Event>> others = new LinkedHashMap<>();
		for (SimilarEvents.Pair<Event> pair : disagreements) {
			others.computeIfAbsent(pair.first(), e -> new ArrayList<>()).add(pair.second());
			others.computeIfAbsent(pair.second(), e -> new ArrayList<>()).add(pair.first());
		}
		Map<Resource, List<org.eclipse.xtext.validation.Issue>> byResource = new LinkedHashMap<>();
		others.forEach((event, disagreeing) -> {
			org.eclipse.xtext.validation.Issue diagnostic = diagnostic(event, disagreeing);
			if (diagnostic != null) {
				byResource.computeIfAbsent(event.eResource(), r -> new ArrayList<>()).add(diagnostic);
			}
		});
		return byResource;
	}

	/** "Scored +1 here; a near-identical event is scored +2 in issue 17, Russia: "…" (and 1 more)". */
	static String message(Event event, List<Event> disagreeing) {
		Event first = disagreeing.get(0);
		String more = disagreeing.size() > 1 ? " (and " + (disagreeing.size() - 1) + " more)" : "";
		return "Scored " + ComparableEvents.scoresText(ComparableEvents.scores(event)) + " here; a near-identical event is scored "
				+ ComparableEvents.scoresText(ComparableEvents.scores(first)) + " in " + ComparableEvents.place(first) + ": \""
				+ first.getDescription() + "\"" + more + ".";
	}

	private static org.eclipse.xtext.validation.Issue diagnostic(Event event, List<Event> disagreeing) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(event);
		if (node == null || Containers.issueOf(event) == null) {
			return null;
		}
		IssueImpl issue = new IssueImpl();
		issue.setSeverity(Severity.INFO);
		issue.setCode(CODE);
		issue.setMessage(message(event, disagreeing));
		issue.setOffset(node.getOffset());
		issue.setLength(node.getLength());
		issue.setLineNumber(node.getStartLine());
		issue.setUriToProblem(uriOf(event));
		return issue;
	}

	private static org.eclipse.emf.common.util.URI uriOf(EObject object) {
		return object.eResource() == null ? null : object.eResource().getURI().appendFragment(object.eResource().getURIFragment(object));
	}
}
