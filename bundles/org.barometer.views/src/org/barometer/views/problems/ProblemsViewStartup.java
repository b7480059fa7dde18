package org.barometer.views.problems;

import org.eclipse.ui.IPageListener;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Once the workbench is up, sizes the Problems view's columns in every page, present and future. */
public final class ProblemsViewStartup implements IStartup {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				follow(window);
			}
			workbench.addWindowListener(new IWindowListener() {
				@Override
				public void windowOpened(IWorkbenchWindow window) {
					follow(window);
				}

				@Override
				public void windowActivated(IWorkbenchWindow window) {
				}

				@Override
				public void windowDeactivated(IWorkbenchWindow window) {
				}

				@Override
				public void windowClosed(IWorkbenchWindow window) {
				}
			});
		});
	}

	private static void follow(IWorkbenchWindow window) {
		for (IWorkbenchPage page : window.getPages()) {
			follow(page);
		}
		window.addPageListener(new IPageListener() {
			@Override
			public void pageOpened(IWorkbenchPage page) {
				follow(page);
			}

			@Override
			public void pageActivated(IWorkbenchPage page) {
			}

			@Override
			public void pageClosed(IWorkbenchPage page) {
			}
		});
	}

	private static void follow(IWorkbenchPage page) {
		page.addPartListener(new ProblemsDescriptionWidth());
		for (IViewReference view : page.getViewReferences()) {
			ProblemsDescriptionWidth.install(view.getPart(false));
		}
	}
}
