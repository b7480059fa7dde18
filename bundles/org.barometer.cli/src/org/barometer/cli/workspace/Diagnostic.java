package org.barometer.cli.workspace;

import java.nio.file.Path;

/** One problem, printed in the form compilers use so that editors and CI can jump to it. */
public record Diagnostic(Path file, int line, int column, boolean error, String message, String code)
		implements Comparable<Diagnostic> {

	public String format() {
		return file + ":" + line + ":" + column + ": " + (error ? "error" : "warning") + ": " + message
				+ (code == null ? "" : " [" + shortCode() + "]");
	}

	/** Codes without the language prefix: [statedFigureMismatch], [Diagnostic.Syntax]. */
	public String shortCode() {
		if (code == null) {
			return null;
		}
		return code.startsWith("org.barometer.lang.") ? code.substring("org.barometer.lang.".length())
				: code.startsWith("org.eclipse.xtext.diagnostics.") ? code.substring("org.eclipse.xtext.diagnostics.".length()) : code;
	}

	@Override
	public int compareTo(Diagnostic other) {
		int byFile = file.toString().compareTo(other.file.toString());
		if (byFile != 0) {
			return byFile;
		}
		return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
	}
}
