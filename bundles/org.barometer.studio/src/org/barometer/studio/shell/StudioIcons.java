package org.barometer.studio.shell;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;

/**
 * The studio's icons, drawn for it as SVG (icons/ in this bundle) and shipped as PNG renders at
 * two scales (releng/scripts/render-icons.sh), which the platform draws without an SVG parser.
 */
public final class StudioIcons {

	public static final String NEW_ISSUE = "new-issue";
	public static final String NEW_PUBLICATION = "new-publication";
	public static final String EXPORT = "export";
	public static final String VALIDATE = "validate";
	public static final String PUBLICATION = "publication";
	/** An issue file: the file type's icon, which the editor bundle declares for its tab. */
	public static final String ISSUE_FILE = "issue-file";
	public static final String PROFILE_FILE = "profile-file";
	public static final String NEW_ISSUE_BANNER = "new-issue-banner";
	public static final String NEW_PUBLICATION_BANNER = "new-publication-banner";

	private static final String BUNDLE = "org.barometer.studio";
	private static final String EDITOR_BUNDLE = "org.barometer.editor";
	private static final String FILE_TYPE_ICON = "icons/barometer-file.png";

	private StudioIcons() {
	}

	public static ImageDescriptor descriptor(String name) {
		var url = ISSUE_FILE.equals(name) ? FileLocator.find(Platform.getBundle(EDITOR_BUNDLE), IPath.fromOSString(FILE_TYPE_ICON), null)
				: FileLocator.find(Platform.getBundle(BUNDLE), IPath.fromOSString("icons/" + name + ".png"), null);
		return url == null ? ImageDescriptor.getMissingImageDescriptor() : ImageDescriptor.createFromURL(url);
	}
}
