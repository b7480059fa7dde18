package org.barometer.export.io;

import org.apache.poi.ooxml.POIXMLDocument;

/** POI documents the exports make in memory and write themselves. */
public final class PoiDocuments {

	private PoiDocuments() {
	}

	/**
	 * Releases a document once it is written (or failed). Not {@code close()}: POI's close of a
	 * document created in memory saves the whole package once more, into a buffer nobody reads
	 * (a sixth of the appendix export's time in its profile); reverting the package releases it
	 * without that save. A document read from a template's bytes is released the same way.
	 */
	public static void release(POIXMLDocument document) {
		document.getPackage().revert();
	}
}
