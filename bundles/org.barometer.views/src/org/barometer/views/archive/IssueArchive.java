package org.barometer.views.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.barometer.views.model.CatalogueColumn;
import org.barometer.views.model.CatalogueRow;
import org.barometer.views.model.IssueIndices;
import org.barometer.workspace.BarometerNature;
import org.barometer.workspace.BuildObserver;
import org.barometer.workspace.BuildObservers;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The issues saved in the workspace's Barometer projects, for the Dynamics and Catalogue
 * views. The archive parses nothing: at the end of each build of a project, it reads the
 * indices and catalogue rows of its issues from the builder's models ({@link BuildObserver})
 * and publishes a new {@link ArchiveSnapshot} to the listeners (on the builder's thread). A
 * project closed, deleted or opened publishes again (on a job's thread); a project whose last
 * build came before the archive is built again for it.
 */
public final class IssueArchive implements BuildObserver {

	private static IssueArchive instance;

	private final Map<IProject, ProjectArchive> projects = new ConcurrentHashMap<>();
	private final List<Consumer<ArchiveSnapshot>> listeners = new CopyOnWriteArrayList<>();
	private final Job job;
	private final IResourceChangeListener changes = this::resourcesChanged;
	private volatile ArchiveSnapshot latest;

	private IssueArchive() {
		job = Job.create("Reading the Barometer issues", monitor -> {
			refresh();
			return Status.OK_STATUS;
		});
		job.setSystem(true);
	}

	/** The workspace's archive, following builds and projects from the first call on. */
	public static synchronized IssueArchive get() {
		if (instance == null) {
			instance = new IssueArchive();
			BuildObservers.add(instance);
			ResourcesPlugin.getWorkspace().addResourceChangeListener(instance.changes, IResourceChangeEvent.POST_CHANGE);
			instance.job.schedule();
		}
		return instance;
	}

	/** Called with the latest snapshot at once if there is one, then after every change, on the builder's or the archive's thread. */
	public void addListener(Consumer<ArchiveSnapshot> listener) {
		listeners.add(listener);
		ArchiveSnapshot current = latest;
		if (current != null) {
			listener.accept(current);
		}
	}

	public void removeListener(Consumer<ArchiveSnapshot> listener) {
		listeners.remove(listener);
	}

	/** The last published snapshot, or null before the first one. */
	public ArchiveSnapshot latest() {
		return latest;
	}

	/** Waits for a scheduled refresh to finish (for tests and the benchmark). */
	public void join() throws InterruptedException {
		job.join();
	}

	/** A build's files, read while the builder holds them (see {@link BuildObserver}). */
	@Override
	public void built(IProject project, List<BuiltFile> files) {
		long start = System.nanoTime();
		projects.compute(project, (p, archive) -> (archive == null ? ProjectArchive.EMPTY : archive).afterBuild(files));
		publish(start);
	}

	/** Forgets the projects no longer open, asks for a build of those not yet read, and publishes. */
	public ArchiveSnapshot refresh() {
		long start = System.nanoTime();
		List<IProject> open = barometerProjects();
		projects.keySet().retainAll(open);
		for (IProject project : open) {
			if (!projects.containsKey(project)) {
				BuildObservers.requestBuild(project);
			}
		}
		return publish(start);
	}

	private synchronized ArchiveSnapshot publish(long start) {
		List<IssueIndices> issues = new ArrayList<>();
		List<CatalogueRow> rows = new ArrayList<>();
		for (IProject project : barometerProjects()) {
			ProjectArchive archive = projects.get(project);
			if (archive != null) {
				issues.addAll(archive.issues());
				rows.addAll(archive.rows());
			}
		}
		rows.sort(CatalogueColumn.ISSUE.order());
		ArchiveSnapshot snapshot = new ArchiveSnapshot(List.copyOf(issues), List.copyOf(rows), (System.nanoTime() - start) / 1_000_000);
		latest = snapshot;
		listeners.forEach(listener -> listener.accept(snapshot));
		return snapshot;
	}

	private static List<IProject> barometerProjects() {
		List<IProject> projects = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			try {
				if (project.isOpen() && project.hasNature(BarometerNature.ID)) {
					projects.add(project);
				}
			} catch (CoreException e) {
				ILog.of(IssueArchive.class).log(new Status(IStatus.WARNING, "org.barometer.views", e.getMessage(), e));
			}
		}
		projects.sort(Comparator.comparing(IProject::getName));
		return projects;
	}

	/** Projects opened, closed, added, removed or given the Barometer nature; the files' changes come with their build. */
	private void resourcesChanged(IResourceChangeEvent event) {
		if (event.getDelta() != null && touchesProjects(event.getDelta())) {
			job.schedule(150); // a burst of events makes one refresh
		}
	}

	private static boolean touchesProjects(IResourceDelta delta) {
		for (IResourceDelta child : delta.getAffectedChildren()) {
			if (child.getKind() != IResourceDelta.CHANGED || (child.getFlags() & (IResourceDelta.OPEN | IResourceDelta.DESCRIPTION)) != 0) {
				return true;
			}
		}
		return false;
	}
}
