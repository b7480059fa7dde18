package org.barometer.importer.pdf;

/** A run of glyphs printed without a gap: a word, or several when the PDF prints spaces. */
record Word(float x, float end, String text) {
}
