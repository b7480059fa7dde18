package org.barometer.studio.shell;

import java.util.function.Consumer;

import org.barometer.studio.FolderOpener;
import org.barometer.workspace.summary.PublicationSummaries;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The studio's one window: its size, its bars, and a title that follows the issue in front. */
class StudioWindowAdvisor extends WorkbenchWindowAdvisor {

	/** The search box and the spacers around it, as the platform's model fragment names them. */
	private static final java.util.List<String> QUICK_ACCESS_ELEMENTS = java.util.List.of("SearchField", "Search-PS Glue");

	private final Consumer<IProject> rebuilt = project -> refreshTitleLater();
	private final IPartListener2 editorFollower = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			refreshTitle();
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			refreshTitle();
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference reference) {
			refreshTitle();
		}
	};

	StudioWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new StudioMenus(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1366, 768));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle(WindowTitle.PRODUCT);
	}

	@Override
	public void postWindowCreate() {
		// the whole screen, as a word processor opens: the issue, its outline and indices side by side
		Shell shell = getWindowConfigurer().getWindow().getShell();
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea()); // where no window manager maximises
		shell.setMaximized(true);
		hideQuickAccess(getWindowConfigurer().getWindow());
		FolderOpener.openRequestedFolder(getWindowConfigurer().getWindow(), LanguageWarmUp::start);
	}

	/**
	 * The platform's "Access commands" search box is a programmer's tool, and the IDE's model
	 * fragment adds it to every window: it is left unrendered (the preference that hides it by
	 * default is not always read in time).
	 */
	private static void hideQuickAccess(IWorkbenchWindow window) {
		MWindow model = window.getService(MWindow.class);
		EModelService models = window.getService(EModelService.class);
		if (model == null || models == null) {
			return;
		}
		for (String id : QUICK_ACCESS_ELEMENTS) {
			MUIElement element = models.find(id, model);
			if (element != null) {
				element.setToBeRendered(false);
			}
		}
	}

	@Override
	public void postWindowOpen() {
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		window.getPartService().addPartListener(editorFollower);
		window.getPartService().addPartListener(EditorContextMenu.INSTALLER);
		for (IWorkbenchPage page : window.getPages()) {
			for (var reference : page.getEditorReferences()) {
				EditorContextMenu.install(reference.getPart(false)); // editors opened before the window
			}
		}
		PublicationSummaries.addListener(rebuilt);
		refreshTitle();
	}

	@Override
	public void postWindowClose() {
		PublicationSummaries.removeListener(rebuilt);
	}

	private void refreshTitleLater() {
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		if (window.getShell() != null && !window.getShell().isDisposed()) {
			window.getShell().getDisplay().asyncExec(this::refreshTitle);
		}
	}

	private void refreshTitle() {
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		if (window.getShell() == null || window.getShell().isDisposed()) {
			return;
		}
		IWorkbenchPage page = window.getActivePage();
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
		String title = WindowTitle.of(file);
		if (!title.equals(window.getShell().getText())) {
			getWindowConfigurer().setTitle(title);
		}
	}
}
