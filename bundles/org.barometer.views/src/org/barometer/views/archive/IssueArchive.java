package org.barometer.views.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.barometer.views.model.CatalogueColumn;
import org.barometer.views.model.CatalogueRow;
import org.barometer.views.model.IssueIndices;
import org.barometer.workspace.BarometerNature;
import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
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
 * views. A resource change that touches a .barometer file or a project schedules a refresh;
 * the refresh parses only the changed files and publishes a new {@link ArchiveSnapshot} to the
 * listeners (on the refresh job's thread). The views never parse.
 */
public final class IssueArchive {

	private static IssueArchive instance;

	private final Map<IProject, ProjectArchive> projects = new HashMap<>();
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

	/** The workspace's archive, listening to resource changes from the first call on. */
	public static synchronized IssueArchive get() {
		if (instance == null) {
			instance = new IssueArchive();
			ResourcesPlugin.getWorkspace().addResourceChangeListener(instance.changes, IResourceChangeEvent.POST_CHANGE);
			instance.job.schedule();
		}
		return instance;
	}

	/** Called with the latest snapshot at once if there is one, then after every refresh, on the refresh thread. */
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

	/** The last published snapshot, or null before the first refresh. */
	public ArchiveSnapshot latest() {
		return latest;
	}

	/** Waits for a scheduled refresh to finish (for tests and the benchmark). */
	public void join() throws InterruptedException {
		job.join();
	}

	/** Brings the archive in line with the workspace now and publishes the result. */
	public synchronized ArchiveSnapshot refresh() {
		long start = System.nanoTime();
		List<IProject> open = barometerProjects();
		projects.keySet().retainAll(open);
		List<IssueIndices> issues = new ArrayList<>();
		List<CatalogueRow> rows = new ArrayList<>();
		for (IProject project : open) {
			ProjectArchive archive = projects.computeIfAbsent(project, ProjectArchive::new);
			try {
				archive.refresh();
			} catch (CoreException | RuntimeException e) {
				// one unreadable project must not empty the views of the others
				ILog.of(getClass()).log(Status.warning("Cannot read the issues of " + project.getName(), e));
			}
			issues.addAll(archive.issues());
			rows.addAll(archive.rows());
		}
		rows.sort(CatalogueColumn.ISSUE.order());
		ArchiveSnapshot snapshot = new ArchiveSnapshot(List.copyOf(issues), List.copyOf(rows),
				(System.nanoTime() - start) / 1_000_000);
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

	private void resourcesChanged(IResourceChangeEvent event) {
		if (event.getDelta() != null && touchesIssues(event.getDelta())) {
			job.schedule(150); // a save of several files, or a build's burst of events, makes one refresh
		}
	}

	private static boolean touchesIssues(IResourceDelta delta) {
		boolean[] found = { false };
		try {
			delta.accept(child -> {
				IResource resource = child.getResource();
				if (resource instanceof IProject && (child.getKind() != IResourceDelta.CHANGED
						|| (child.getFlags() & (IResourceDelta.OPEN | IResourceDelta.DESCRIPTION)) != 0)) {
					found[0] = true;
				}
				if (ProjectResources.isBarometerFile(resource) && (child.getKind() != IResourceDelta.CHANGED
						|| (child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
					found[0] = true;
				}
				return !found[0];
			});
		} catch (CoreException e) {
			return true;
		}
		return found[0];
	}
}
