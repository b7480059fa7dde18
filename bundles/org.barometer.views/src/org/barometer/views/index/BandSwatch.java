package org.barometer.views.index;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The band's colour as a small filled box. Painted by the swatch itself rather than set as a
 * widget background: the workbench's theme restyles a part's widgets each time its tab is shown
 * again, and resets every background to the theme's (a yellow swatch came back white).
 */
final class BandSwatch {

	private static final Point SIZE = new Point(28, 16);

	private final Canvas canvas;
	private RGB colour;

	BandSwatch(Composite parent) {
		canvas = new Canvas(parent, SWT.NONE);
		canvas.addPaintListener(event -> paint(event.gc));
	}

	Canvas control() {
		return canvas;
	}

	static Point size() {
		return SIZE;
	}

	/** The band's colour as red, green, blue; null for no band (nothing is drawn). */
	void show(int[] rgb) {
		colour = rgb == null ? null : new RGB(rgb[0], rgb[1], rgb[2]);
		canvas.redraw();
	}

	RGB colour() {
		return colour;
	}

	private void paint(GC gc) {
		if (colour == null) {
			return;
		}
		Point size = canvas.getSize();
		gc.setBackground(new Color(colour));
		gc.fillRectangle(0, 0, size.x, size.y);
		// a white band stays visible on a white view
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawRectangle(0, 0, size.x - 1, size.y - 1);
	}
}
