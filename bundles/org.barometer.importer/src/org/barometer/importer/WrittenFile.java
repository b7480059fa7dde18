package org.barometer.importer;

import java.nio.file.Path;

/** A file the import wrote, or found already there with the same bytes (a source imported twice). */
public record WrittenFile(Path path, boolean unchanged) {
}
