package org.barometer.studio.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.barometer.importer.ImportReport;
import org.barometer.importer.ImportedIssue;
import org.barometer.importer.WrittenFile;

/** What an import run brought in, and what it could not; filled by the job, read once it is done. */
public final class ImportOutcome {

	/** One source brought in: its report and the files written for it (the profile first, when one was built). */
	public record Imported(ImportedIssue issue, List<WrittenFile> files) {
	}

	private final List<Imported> imported = Collections.synchronizedList(new ArrayList<>());
	private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
	private volatile boolean cancelled;

	void imported(ImportedIssue issue, List<WrittenFile> files) {
		imported.add(new Imported(issue, List.copyOf(files)));
	}

	/** A source or an input not imported, with why; the message names the file. */
	void failed(String message) {
		failures.add(message);
	}

	void cancelled() {
		cancelled = true;
	}

	public List<Imported> imported() {
		return List.copyOf(imported);
	}

	public List<String> failures() {
		return List.copyOf(failures);
	}

	public boolean wasCancelled() {
		return cancelled;
	}

	/** The issue files (not the profiles), for opening them: an issue's file is the last written for its source. */
	public List<Path> issueFiles() {
		List<Path> files = new ArrayList<>();
		for (Imported each : imported()) {
			if (!each.files().isEmpty()) {
				files.add(each.files().get(each.files().size() - 1).path());
			}
		}
		return files;
	}

	public String summary() {
		int count = imported.size();
		return (count == 1 ? "1 issue" : count + " issues") + " imported" + (failures.isEmpty() ? "" : ", " + failures.size() + " not")
				+ (cancelled ? " (stopped before the end)" : "") + ".";
	}

	/** The whole report as a person reads it: per source its files and counts, then what was not placed, then failures. */
	public String reportText() {
		StringBuilder text = new StringBuilder(summary()).append('\n');
		for (Imported each : imported()) {
			ImportReport report = each.issue().report();
			text.append('\n').append(each.issue().source()).append('\n');
			for (WrittenFile file : each.files()) {
				text.append("  ").append(file.unchanged() ? "already there, unchanged: " : "written: ").append(file.path().getFileName()).append('\n');
			}
			text.append("  ").append(report.summary()).append('\n');
			report.notes().forEach(note -> text.append("  ").append(note).append('\n'));
			List<ImportReport.Entry> unplaced = report.unplacedLines();
			if (!unplaced.isEmpty()) {
				text.append("  Not placed in the issue (check them against the source):\n");
				unplaced.forEach(entry -> text.append("    ").append(entry.where()).append(": ").append(entry.text()).append('\n'));
			}
		}
		if (!failures.isEmpty()) {
			text.append("\nNot imported:\n");
			failures.forEach(failure -> text.append("  ").append(failure).append('\n'));
		}
		return text.toString();
	}
}
