package org.barometer.studio.tests;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;

/**
 * Whether two drawings of one icon look the same: the share of their pixels within a shade of
 * each other. Two paths (an SVG rasterised by SWT, a PNG rendered from it) may anti-alias an
 * edge a shade apart, so a pixel-exact comparison would fail on sameness.
 */
final class ImagesAlike {

	private ImagesAlike() {
	}

	/** Percentage (0-100) of pixels alike; 0 when the sizes differ. */
	static int percentAlike(ImageData first, ImageData second) {
		if (first.width != second.width || first.height != second.height) {
			return 0;
		}
		int alike = 0;
		for (int y = 0; y < first.height; y++) {
			for (int x = 0; x < first.width; x++) {
				alike += alike(first, second, x, y) ? 1 : 0;
			}
		}
		return alike * 100 / (first.width * first.height);
	}

	private static boolean alike(ImageData a, ImageData b, int x, int y) {
		RGB first = a.palette.getRGB(a.getPixel(x, y));
		RGB second = b.palette.getRGB(b.getPixel(x, y));
		int alphaFirst = a.getAlpha(x, y);
		int alphaSecond = b.getAlpha(x, y);
		if (alphaFirst < 16 && alphaSecond < 16) {
			return true;
		}
		return Math.abs(alphaFirst - alphaSecond) < 24 && Math.abs(first.red - second.red) < 24
				&& Math.abs(first.green - second.green) < 24 && Math.abs(first.blue - second.blue) < 24;
	}
}
