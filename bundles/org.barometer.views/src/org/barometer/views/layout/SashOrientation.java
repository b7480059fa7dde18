package org.barometer.views.layout;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;

/**
 * Lays a view's two panes side by side when the view is wide and short (a folder under the
 * editor), one above the other when it is narrow or tall (a column beside it, or maximised on a
 * tall screen), so that neither pane is squeezed to a strip.
 */
public final class SashOrientation {

	/** Side by side from this width-to-height ratio on. */
	private static final double SIDE_BY_SIDE_RATIO = 1.8;

	private SashOrientation() {
	}

	public static void follow(SashForm sash) {
		sash.addListener(SWT.Resize, event -> {
			Point size = sash.getSize();
			int orientation = size.x >= SIDE_BY_SIDE_RATIO * size.y ? SWT.HORIZONTAL : SWT.VERTICAL;
			if (sash.getOrientation() != orientation) {
				sash.setOrientation(orientation);
			}
		});
	}
}
