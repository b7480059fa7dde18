package org.barometer.studio.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What an export run wrote, and what it refused and why; filled by the job, read once it is done. */
public final class ExportOutcome {

	private final List<Path> written = Collections.synchronizedList(new ArrayList<>());
	private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());
	private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
	private volatile int exportedIssues;

	void note(String note) {
		notes.add(note);
	}

	/** What the person should know about files that were written (a page number added to a house footer). */
	public List<String> notes() {
		return List.copyOf(notes);
	}

	void wrote(List<Path> files) {
		written.addAll(files);
	}

	void exportedIssue() {
		exportedIssues++;
	}

	void refused(String fileName, String reason) {
		refusals.add(fileName + ": " + reason);
	}

	public List<Path> written() {
		return List.copyOf(written);
	}

	/** One line per file not exported: "name: reason". */
	public List<String> refusals() {
		return List.copyOf(refusals);
	}

	public int exportedIssues() {
		return exportedIssues;
	}

	public String summary() {
		return exportedIssues + (exportedIssues == 1 ? " issue" : " issues") + " exported, " + refusals.size() + " not, "
				+ written.size() + (written.size() == 1 ? " file" : " files") + " written.";
	}
}
