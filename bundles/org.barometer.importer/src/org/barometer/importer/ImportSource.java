package org.barometer.importer;

import java.nio.file.Path;

import org.barometer.importer.source.SourceReader;

/** A file found to be a published issue, with the reader its first bytes called for: chosen once, when the file is found. */
public record ImportSource(Path file, SourceReader reader) {
}
