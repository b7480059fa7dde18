package org.barometer.workspace;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/**
 * The {@link BuildObserver}s of the builder, and builds for an observer that came after a
 * project's last build (at start, the workspace's projects may have been built before any view
 * opened, or not at all in this session).
 */
public final class BuildObservers {

	private static final List<BuildObserver> OBSERVERS = new CopyOnWriteArrayList<>();
	/** How many builds each project has told its observers of. */
	private static final Map<IProject, Long> BUILDS = new ConcurrentHashMap<>();

	private BuildObservers() {
	}

	public static void add(BuildObserver observer) {
		OBSERVERS.add(observer);
	}

	public static void remove(BuildObserver observer) {
		OBSERVERS.remove(observer);
	}

	/**
	 * Asks for a build of the project that tells the observers of its files although none changed;
	 * none is run when another build tells them first (the one the workspace runs anyway, say).
	 */
	public static void requestBuild(IProject project) {
		Revalidation revalidation = BarometerWorkspacePlugin.revalidation();
		if (revalidation != null) { // null only while the bundle stops
			long seen = BUILDS.getOrDefault(project, 0L);
			revalidation.request(project, () -> BUILDS.getOrDefault(project, 0L) == seen);
		}
	}

	/** Called by the builder at the end of a build; an observer that fails is logged and the others still hear. */
	static void built(IProject project, List<BuildObserver.BuiltFile> files) {
		BUILDS.merge(project, 1L, Long::sum);
		for (BuildObserver observer : OBSERVERS) {
			try {
				observer.built(project, files);
			} catch (RuntimeException e) {
				ILog.of(BuildObservers.class).log(Status.error("A reader of the built files of " + project.getName() + " failed", e));
			}
		}
	}
}
