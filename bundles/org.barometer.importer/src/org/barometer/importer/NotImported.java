package org.barometer.importer;

import java.nio.file.Path;

/** A source that could not be read, and why, in the user's words (the file is named in the message). */
public record NotImported(Path source, String message) {
}
