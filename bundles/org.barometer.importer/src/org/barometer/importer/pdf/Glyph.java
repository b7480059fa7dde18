package org.barometer.importer.pdf;

/**
 * One character as printed on a page: where it starts and ends along its line, its
 * baseline (growing down the page) and its font size, all in points.
 */
record Glyph(float x, float end, float baseline, float size, String text) {

	boolean isSpace() {
		return text.isBlank();
	}
}
