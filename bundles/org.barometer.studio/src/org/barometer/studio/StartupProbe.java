package org.barometer.studio;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.ILog;

/**
 * For the cold-start benchmark: with -Dbarometer.startupProbe=FILE the studio writes FILE once
 * the issues it was asked to open are open and the latest one's text is painted. Its one line
 * holds that moment (milliseconds since the epoch, the clock `date +%s%N` reads, so the watcher
 * measures from its launch to the paint however often it looks) and the milliseconds since the
 * JVM started. The file appears whole (written beside it, then moved), so a watcher never reads
 * half of it.
 */
final class StartupProbe {

	static final String PROPERTY = "barometer.startupProbe";

	private StartupProbe() {
	}

	static void editorsAreOpen() {
		String target = System.getProperty(PROPERTY);
		if (target == null || target.isBlank()) {
			return;
		}
		long now = System.currentTimeMillis();
		long sinceStart = now - ManagementFactory.getRuntimeMXBean().getStartTime();
		Path file = Path.of(target);
		try {
			Path partial = Files.writeString(file.resolveSibling(file.getFileName() + ".partial"), now + " " + sinceStart + "\n",
					StandardCharsets.UTF_8);
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			ILog.of(StartupProbe.class).warn("Cannot write the startup probe " + target, e);
		}
	}
}
