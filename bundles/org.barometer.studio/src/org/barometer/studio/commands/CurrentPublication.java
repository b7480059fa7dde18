package org.barometer.studio.commands;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.barometer.workspace.BarometerNature;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The publication the user is working on, wherever they are: the issue in the active editor,
 * what is selected in the Issues list, or, with nothing of either, the only publication open.
 */
public final class CurrentPublication {

	private CurrentPublication() {
	}

	public static Optional<IProject> of(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof IEditorPart editor) {
			Optional<IProject> project = ofInput(editor.getEditorInput());
			if (project.isPresent()) {
				return project;
			}
		}
		Optional<IProject> selected = ofSelection(HandlerUtil.getCurrentSelection(event));
		if (selected.isPresent()) {
			return selected;
		}
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window != null && window.getActivePage() != null && window.getActivePage().getActiveEditor() != null) {
			Optional<IProject> project = ofInput(window.getActivePage().getActiveEditor().getEditorInput());
			if (project.isPresent()) {
				return project;
			}
		}
		List<IProject> open = openPublications();
		return open.size() == 1 ? Optional.of(open.get(0)) : Optional.empty();
	}

	/** For a wizard opened with a selection: the selection's publication, or the only one open. */
	public static Optional<IProject> ofSelectionOrOnly(ISelection selection) {
		Optional<IProject> selected = ofSelection(selection);
		if (selected.isPresent()) {
			return selected;
		}
		List<IProject> open = openPublications();
		return open.size() == 1 ? Optional.of(open.get(0)) : Optional.empty();
	}

	static Optional<IProject> ofInput(IEditorInput input) {
		IResource resource = input == null ? null : Adapters.adapt(input, IResource.class);
		return publicationOf(resource);
	}

	static Optional<IProject> ofSelection(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			return publicationOf(Adapters.adapt(structured.getFirstElement(), IResource.class));
		}
		return Optional.empty();
	}

	private static Optional<IProject> publicationOf(IResource resource) {
		if (resource == null || resource.getProject() == null) {
			return Optional.empty();
		}
		return isPublication(resource.getProject()) ? Optional.of(resource.getProject()) : Optional.empty();
	}

	/** The open projects that are publications (have the Barometer nature), by name. */
	public static List<IProject> openPublications() {
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(CurrentPublication::isPublication)
				.toList();
	}

	private static boolean isPublication(IProject project) {
		try {
			return project.isOpen() && project.hasNature(BarometerNature.ID);
		} catch (CoreException e) {
			return false;
		}
	}
}
