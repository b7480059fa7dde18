package org.barometer.importer;

import java.util.List;

import org.barometer.importer.docx.DocxSourceReader;
import org.barometer.importer.pdf.PdfSourceReader;
import org.barometer.importer.source.SourceReader;
import org.barometer.importer.source.TextSourceReader;

/**
 * The readers the import knows, in the order they are asked: the one place a new format's
 * reader is added (PDF and Word readers go here beside the text one).
 */
public final class SourceReaders {

	private SourceReaders() {
	}

	public static List<SourceReader> all() {
		return List.of(new PdfSourceReader(), new DocxSourceReader(), new TextSourceReader());
	}
}
