package org.barometer.cli.validate;

import java.util.List;

import org.barometer.cli.workspace.Diagnostic;

/** The outcome of validating a set of files. */
public record ValidationRun(int fileCount, List<Diagnostic> diagnostics) {

	public long errorCount() {
		return diagnostics.stream().filter(Diagnostic::error).count();
	}

	public long warningCount() {
		return diagnostics.size() - errorCount();
	}

	public String summary() {
		return fileCount + (fileCount == 1 ? " file" : " files") + " checked: " + errorCount()
				+ (errorCount() == 1 ? " error, " : " errors, ") + warningCount()
				+ (warningCount() == 1 ? " warning." : " warnings.");
	}
}
