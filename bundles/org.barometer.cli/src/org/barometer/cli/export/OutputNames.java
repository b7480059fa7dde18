package org.barometer.cli.export;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.barometer.cli.workspace.WorkspaceLoader;

/**
 * The files an issue exports to, named after its source: issue-18.barometer gives
 * issue-18-appendices.docx, issue-18.docx and issue-18.xlsx in the output folder. Two
 * sources with the same name (from different folders) would overwrite each other's exports;
 * the second is refused instead.
 */
final class OutputNames {

	private final Path folder;
	private final Map<String, Path> claimed = new HashMap<>();

	OutputNames(Path folder) {
		this.folder = folder;
	}

	/** The base name for this source, or null when another source already claimed it. */
	String claim(Path source) {
		String base = baseName(source);
		Path previous = claimed.putIfAbsent(base, source.toAbsolutePath().normalize());
		return previous == null || previous.equals(source.toAbsolutePath().normalize()) ? base : null;
	}

	/** The source that claimed this source's name. */
	Path owner(Path source) {
		return claimed.get(baseName(source));
	}

	private static String baseName(Path source) {
		String name = source.getFileName().toString();
		return name.endsWith(WorkspaceLoader.EXTENSION) ? name.substring(0, name.length() - WorkspaceLoader.EXTENSION.length()) : name;
	}

	Path appendices(String base) {
		return folder.resolve(base + "-appendices.docx");
	}

	Path issue(String base) {
		return folder.resolve(base + ".docx");
	}

	Path workbook(String base) {
		return folder.resolve(base + ".xlsx");
	}

	Path archive(String profileName) {
		return folder.resolve(profileName + "-archive.xlsx");
	}
}
