package org.barometer.workspace.summary;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;

/**
 * The summaries of every publication's files, as the project builder last parsed them: the
 * studio's Issues list and window title read these instead of parsing the files again.
 * Listeners hear of each project after every build.
 */
public final class PublicationSummaries {

	private static final Map<IProject, List<DocumentSummary>> BY_PROJECT = new ConcurrentHashMap<>();
	private static final List<Consumer<IProject>> LISTENERS = new CopyOnWriteArrayList<>();

	private PublicationSummaries() {
	}

	/** Called by the builder with every file it parsed, in any order. */
	public static void publish(IProject project, List<DocumentSummary> summaries) {
		List<DocumentSummary> sorted = summaries.stream()
				.sorted(Comparator.comparing(DocumentSummary::isIssue).thenComparingInt(DocumentSummary::number)
						.thenComparing(summary -> summary.file().getName()))
				.toList();
		if (sorted.equals(BY_PROJECT.put(project, sorted))) {
			return;
		}
		LISTENERS.forEach(listener -> listener.accept(project));
	}

	public static void forget(IProject project) {
		if (BY_PROJECT.remove(project) != null) {
			LISTENERS.forEach(listener -> listener.accept(project));
		}
	}

	/** The project's profile first, then its issues by number. */
	public static List<DocumentSummary> of(IProject project) {
		return BY_PROJECT.getOrDefault(project, List.of());
	}

	public static Optional<DocumentSummary> of(IFile file) {
		return of(file.getProject()).stream().filter(summary -> summary.file().equals(file)).findFirst();
	}

	/** The publication's title ("Minsk Barometer"), from its profile or its issues; empty before a build. */
	public static Optional<String> publicationTitle(IProject project) {
		return of(project).stream().map(DocumentSummary::publicationTitle).filter(title -> title != null && !title.isBlank())
				.findFirst();
	}

	public static void addListener(Consumer<IProject> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<IProject> listener) {
		LISTENERS.remove(listener);
	}
}
