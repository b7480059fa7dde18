package org.barometer.studio.issues;

import java.util.function.Consumer;

import org.barometer.studio.commands.CurrentPublication;
import org.barometer.studio.shell.StudioIcons;
import org.barometer.workspace.summary.PublicationSummaries;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

/**
 * The Issues list, in place of a programmer's file explorer: each open publication, its profile
 * and its issues by number and period, with their problems and computed indices, kept up to date
 * as the files are checked. A double-click opens the file.
 */
public class IssuesView extends ViewPart {

	public static final String ID = "org.barometer.studio.issues";

	private TreeViewer viewer;
	private LocalResourceManager images;
	private boolean refreshQueued;
	private final Consumer<IProject> rebuilt = project -> refreshLater();
	private final IResourceChangeListener changes = event -> {
		if (event.getDelta() != null) {
			refreshLater();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		images = new LocalResourceManager(JFaceResources.getResources(), parent);
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Tree tree = viewer.getTree();
		tree.setHeaderVisible(true);
		column("Issue", 185, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return IssueRow.name(element);
			}

			@Override
			public Image getImage(Object element) {
				return imageOf(element);
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof IFile file ? file.getName() : null;
			}
		});
		column("Problems", 140, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof IResource resource ? IssueRow.problems(resource) : "";
			}
		});
		column("Indices", 420, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return IssueRow.indices(element);
			}

			@Override
			public String getToolTipText(Object element) {
				String indices = IssueRow.indices(element);
				return indices.isEmpty() ? null : indices.replace(" \u00b7 ", "\n");
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(new Content());
		viewer.setInput(ResourcesPlugin.getWorkspace().getRoot());
		viewer.expandAll();
		fitNameAndProblemColumns();
		viewer.addDoubleClickListener(event -> open(event.getSelection()));
		getSite().setSelectionProvider(viewer);
		PublicationSummaries.addListener(rebuilt);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(changes, IResourceChangeEvent.POST_CHANGE);
	}

	private void column(String title, int width, ColumnLabelProvider labels) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels);
	}

	private Image imageOf(Object element) {
		String icon = element instanceof IProject ? StudioIcons.PUBLICATION
				: element instanceof IFile file && IssueRow.isIssue(file) ? StudioIcons.ISSUE_FILE
						: StudioIcons.PROFILE_FILE;
		return images.create(StudioIcons.descriptor(icon));
	}

	private void open(org.eclipse.jface.viewers.ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof IFile file) {
			try {
				IDE.openEditor(getSite().getPage(), file);
			} catch (PartInitException e) {
				// the file is gone or unreadable: the list refreshes with the workspace
			}
		} else if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof IProject project) {
			viewer.setExpandedState(project, !viewer.getExpandedState(project));
		}
	}

	/** Many changes arrive together (a build marks every file): one refresh for them all. */
	private void refreshLater() {
		if (viewer == null || viewer.getControl().isDisposed() || refreshQueued) {
			return;
		}
		refreshQueued = true;
		viewer.getControl().getDisplay().asyncExec(() -> {
			refreshQueued = false;
			if (!viewer.getControl().isDisposed()) {
				Object[] expanded = viewer.getExpandedElements();
				viewer.refresh();
				viewer.setExpandedElements(expanded);
				for (IProject publication : CurrentPublication.openPublications()) {
					viewer.setExpandedState(publication, true);
				}
				fitNameAndProblemColumns();
			}
		});
	}

	/** The name and problem columns as wide as what they show, so the indices start where the words end. */
	private void fitNameAndProblemColumns() {
		viewer.getTree().getColumn(0).pack();
		viewer.getTree().getColumn(1).pack();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		PublicationSummaries.removeListener(rebuilt);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(changes);
		super.dispose();
	}

	/** Publications at the top, their files below. */
	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return CurrentPublication.openPublications().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof IProject publication ? IssueRow.filesOf(publication) : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof IFile file ? file.getProject() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof IProject;
		}
	}
}
