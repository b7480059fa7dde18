package org.barometer.importer.source;

import java.util.List;

/**
 * A published issue read into lines, whatever its format (PDF, Word, extracted text): what
 * the layout recognition works on. {@code name} is the source's file name, as provenance
 * names it.
 */
public record SourceDocument(String name, List<SourceLine> lines) {

	public SourceDocument {
		lines = List.copyOf(lines);
	}
}
