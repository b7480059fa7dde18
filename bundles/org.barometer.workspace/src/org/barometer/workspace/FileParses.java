package org.barometer.workspace;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.resources.IFile;

/**
 * How often the workspace's files were parsed, in this session, by any {@link ProjectResources}:
 * the figure that shows the builder and the views share one parse (a test and the workspace
 * benchmark read it). Counting costs a map update per parse.
 */
public final class FileParses {

	private static final Map<IFile, AtomicLong> BY_FILE = new ConcurrentHashMap<>();
	private static final AtomicLong TOTAL = new AtomicLong();

	private FileParses() {
	}

	static void counted(IFile file) {
		BY_FILE.computeIfAbsent(file, f -> new AtomicLong()).incrementAndGet();
		TOTAL.incrementAndGet();
	}

	/** How often the file was parsed, from its text on disk or from an editor's unsaved text. */
	public static long of(IFile file) {
		AtomicLong count = BY_FILE.get(file);
		return count == null ? 0 : count.get();
	}

	public static long total() {
		return TOTAL.get();
	}
}
