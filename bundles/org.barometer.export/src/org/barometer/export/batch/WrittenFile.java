package org.barometer.export.batch;

import java.nio.file.Path;
import java.time.Duration;

/** A file an export wrote, and how long writing it took (written, checked, moved into place). */
public record WrittenFile(Path path, Duration time) {

	/** "0.4 s": the time as a progress line shows it. */
	public String seconds() {
		return String.format(java.util.Locale.ROOT, "%.1f s", time.toNanos() / 1e9);
	}
}
