package org.barometer.studio.shell;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.osgi.framework.Bundle;

/**
 * The severity images of the Problems view. The view looks them up by the names below, which
 * the IDE's own advisor declares at start; the studio's advisor declares these and no others.
 */
final class ProblemImages {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

	private ProblemImages() {
	}

	static void declare(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle(IDE_BUNDLE);
		declare(configurer, ide, "IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png");
		declare(configurer, ide, "IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png");
		declare(configurer, ide, "IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png");
		declare(configurer, ide, "IMG_ETOOL_PROBLEM_CATEGORY", "icons/full/etool16/problem_category.png");
		declare(configurer, ide, "IMG_ETOOL_PROBLEMS_VIEW", "icons/full/eview16/problems_view.png");
		declare(configurer, ide, "IMG_ETOOL_PROBLEMS_VIEW_ERROR", "icons/full/eview16/problems_view_error.png");
		declare(configurer, ide, "IMG_ETOOL_PROBLEMS_VIEW_WARNING", "icons/full/eview16/problems_view_warning.png");
		declare(configurer, ide, "IMG_ETOOL_PROBLEMS_VIEW_INFO", "icons/full/eview16/problems_view_info.png");
	}

	private static void declare(IWorkbenchConfigurer configurer, Bundle ide, String name, String path) {
		var url = FileLocator.find(ide, IPath.fromOSString(path), null);
		if (url != null) {
			configurer.declareImage(name, ImageDescriptor.createFromURL(url), true);
		}
	}
}
