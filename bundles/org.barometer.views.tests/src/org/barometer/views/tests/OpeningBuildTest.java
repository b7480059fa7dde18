package org.barometer.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.barometer.studio.FolderOpener;
import org.barometer.workspace.BuildObserver;
import org.barometer.workspace.BuildObservers;
import org.barometer.workspace.ProblemMarkers;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.junit.jupiter.api.Test;

/**
 * A publication opened is built at once by its own build, not when the workspace's auto-build
 * gets to it (100 ms to 1 s later, or never with building automatically turned off), and built
 * once: the auto-build that follows builds nothing again.
 */
class OpeningBuildTest {

	@Test
	void aPublicationOpenedIsBuiltWithoutWaitingForTheAutoBuild() throws Exception {
		IWorkspaceDescription description = ResourcesPlugin.getWorkspace().getDescription();
		boolean autoBuilding = description.isAutoBuilding();
		description.setAutoBuilding(false);
		ResourcesPlugin.getWorkspace().setDescription(description);
		List<IProject> built = new CopyOnWriteArrayList<>();
		BuildObserver observer = (project, files) -> built.add(project);
		BuildObservers.add(observer);
		IProject project = null;
		try {
			project = FolderOpener.openAsProject(copyOfExamples("barometer-opening-build"), null);
			Workbench.waitForBuild();
			assertEquals(List.of(project), built, "built once, with building automatically turned off");
			IMarker[] notes = project.getFile(Examples.ISSUE_18).findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO);
			assertTrue(notes.length > 0, "issue 18's markers are there");
		} finally {
			BuildObservers.remove(observer);
			description.setAutoBuilding(autoBuilding);
			ResourcesPlugin.getWorkspace().setDescription(description);
			if (project != null) {
				project.delete(false, true, null);
			}
		}
	}

	@Test
	void theAutoBuildAfterTheOpeningBuildsNothingAgain() throws Exception {
		List<IProject> built = new CopyOnWriteArrayList<>();
		BuildObserver observer = (project, files) -> built.add(project);
		BuildObservers.add(observer);
		IProject project = null;
		try {
			project = FolderOpener.openAsProject(copyOfExamples("barometer-one-build"), null);
			Workbench.waitForBuild();
			Thread.sleep(1_500); // longer than the auto-build's longest delay
			Workbench.waitForBuild();
			IProject opened = project;
			assertEquals(1, built.stream().filter(opened::equals).count(), "one build for one opening: " + built);
		} finally {
			BuildObservers.remove(observer);
			if (project != null) {
				project.delete(false, true, null);
			}
		}
	}

	private static Path copyOfExamples(String prefix) throws Exception {
		Path copy = Files.createTempDirectory(prefix);
		try (Stream<Path> files = Files.list(Examples.folder())) {
			for (Path file : files.filter(f -> f.toString().endsWith(".barometer")).toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}
}
