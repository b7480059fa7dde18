package org.barometer.studio;

import org.barometer.studio.issues.IssuesView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Issues list left, the editor in the middle, the outline right, Problems below, room for the index views. */
public class EditorialPerspective implements IPerspectiveFactory {

	public static final String ID = "org.barometer.studio.editorial";
	/** The index views (org.barometer.views) open in this folder. */
	public static final String INDEX_FOLDER = "org.barometer.studio.indexFolder";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.23f, editorArea);
		left.addView(IssuesView.ID);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.64f, editorArea);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder("org.barometer.studio.guide");
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.64f, editorArea);
		right.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout indices = layout.createFolder(INDEX_FOLDER, IPageLayout.BOTTOM, 0.33f, "right");
		indices.addPlaceholder("org.barometer.views.*");
	}
}
