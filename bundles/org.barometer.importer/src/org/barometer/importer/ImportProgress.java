package org.barometer.importer;

import java.nio.file.Path;

/** Told of the import's progress, source by source; may cancel between sources. UI-free. */
public interface ImportProgress {

	ImportProgress NONE = new ImportProgress() {
	};

	default void started(int sources) {
	}

	/** @param done the sources finished before this one */
	default void importing(Path source, int done) {
	}

	default boolean isCancelled() {
		return false;
	}
}
