package org.barometer.export.batch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;


/**
 * The files an issue exports to, named after its source: issue-18.barometer gives
 * issue-18-appendices.docx, issue-18.docx and issue-18.xlsx in the output folder. Two
 * sources with the same name (from different folders) would overwrite each other's exports;
 * the second is refused instead.
 */
public final class OutputNames {

	private static final String SOURCE_EXTENSION = ".barometer";

	private final Path folder;
	private final Map<String, Path> claimed = new HashMap<>();

	public OutputNames(Path folder) {
		this.folder = folder;
	}

	/** The base name for this source, or null when another source already claimed it. */
	public String claim(Path source) {
		String base = baseName(source);
		Path previous = claimed.putIfAbsent(base, source.toAbsolutePath().normalize());
		return previous == null || previous.equals(source.toAbsolutePath().normalize()) ? base : null;
	}

	/** The source that claimed this source's name. */
	public Path owner(Path source) {
		return claimed.get(baseName(source));
	}

	private static String baseName(Path source) {
		String name = source.getFileName().toString();
		String base = name.endsWith(SOURCE_EXTENSION) ? name.substring(0, name.length() - SOURCE_EXTENSION.length()) : name;
		// a file named just ".barometer" would export to ".docx", a hidden file with no name
		return base.isEmpty() ? SOURCE_EXTENSION.substring(1) : base;
	}

	public Path appendices(String base) {
		return folder.resolve(base + "-appendices.docx");
	}

	public Path issue(String base) {
		return folder.resolve(base + ".docx");
	}

	public Path workbook(String base) {
		return folder.resolve(base + ".xlsx");
	}

	public Path archive(String profileName) {
		return folder.resolve(profileName + "-archive.xlsx");
	}
}
