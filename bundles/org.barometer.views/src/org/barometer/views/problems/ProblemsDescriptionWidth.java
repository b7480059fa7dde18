package org.barometer.views.problems;

import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Gives the Problems view's Description column the width its other columns leave, whenever the
 * view is resized or maximised: the platform opens it at a fixed width of some fifty characters,
 * which cut the problem's message in half however wide the view.
 */
public final class ProblemsDescriptionWidth implements IPartListener2 {

	private static final String INSTALLED = ProblemsDescriptionWidth.class.getName();
	private static final int MINIMUM = 200;

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		if (IPageLayout.ID_PROBLEM_VIEW.equals(reference.getId())) {
			install(reference.getPart(false));
		}
	}

	@Override
	public void partVisible(IWorkbenchPartReference reference) {
		partOpened(reference);
	}

	/** Follows the view's tree from now on; a view already followed is left as it is. */
	public static void install(IWorkbenchPart part) {
		if (!(part instanceof IViewPart view)) {
			return;
		}
		ISelectionProvider provider = view.getSite().getSelectionProvider();
		if (provider instanceof Viewer viewer && viewer.getControl() instanceof Tree tree && tree.getData(INSTALLED) == null) {
			tree.setData(INSTALLED, Boolean.TRUE);
			tree.addListener(SWT.Resize, event -> fill(tree));
			fill(tree);
		}
	}

	private static void fill(Tree tree) {
		TreeColumn description = description(tree);
		if (description == null) {
			return;
		}
		int others = 0;
		for (TreeColumn column : tree.getColumns()) {
			if (column != description) {
				others += column.getWidth();
			}
		}
		int width = Math.max(MINIMUM, tree.getClientArea().width - others);
		if (description.getWidth() != width) {
			description.setWidth(width);
		}
	}

	/** The Description column wherever the user moved it (the first one, as the platform makes it). */
	private static TreeColumn description(Tree tree) {
		for (TreeColumn column : tree.getColumns()) {
			if ("Description".equals(column.getText())) {
				return column;
			}
		}
		return tree.getColumnCount() == 0 ? null : tree.getColumn(0);
	}
}
