package org.barometer.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** Marks a project whose .barometer files the {@link BarometerBuilder} validates. */
public class BarometerNature implements IProjectNature {

	public static final String ID = "org.barometer.workspace.nature";

	private IProject project;

	/** Adds the nature (and so the builder) to a project that lacks it. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		if (project.hasNature(ID)) {
			return;
		}
		IProjectDescription description = project.getDescription();
		List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
		natures.add(ID);
		description.setNatureIds(natures.toArray(String[]::new));
		project.setDescription(description, monitor);
	}

	/**
	 * Gives the description of a project not yet created the nature and its builder, so that the
	 * project is made with them in one step (one .project written, no reconfiguration after).
	 */
	public static void describe(IProjectDescription description) {
		if (!Arrays.asList(description.getNatureIds()).contains(ID)) {
			List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
			natures.add(ID);
			description.setNatureIds(natures.toArray(String[]::new));
		}
		addBuilder(description);
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		if (addBuilder(description)) {
			project.setDescription(description, null);
		}
	}

	/** Adds the builder to the build spec; false when it was there already. */
	private static boolean addBuilder(IProjectDescription description) {
		for (ICommand command : description.getBuildSpec()) {
			if (BarometerBuilder.ID.equals(command.getBuilderName())) {
				return false;
			}
		}
		ICommand command = description.newCommand();
		command.setBuilderName(BarometerBuilder.ID);
		List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
		commands.add(command);
		description.setBuildSpec(commands.toArray(ICommand[]::new));
		return true;
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(c -> !BarometerBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
		project.deleteMarkers(ProblemMarkers.TYPE, true, IProject.DEPTH_INFINITE);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
