package org.barometer.cli.workspace;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The .barometer files an input stands for: the file itself, or those of a folder and its
 * subfolders in name order. A subfolder that cannot be listed is noted with the reason, and
 * the walk goes on with the others.
 */
record SourceListing(List<Path> files, Map<Path, String> unlisted) {

	static SourceListing of(Path input) {
		if (!Files.isDirectory(input)) {
			return new SourceListing(List.of(input), Map.of());
		}
		List<Path> files = new ArrayList<>();
		Map<Path, String> unlisted = new LinkedHashMap<>();
		try {
			Files.walkFileTree(input, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					// entries that are not regular files (pipes, devices, links to them) are named too: reading refuses them in words
					if (file.getFileName().toString().endsWith(WorkspaceLoader.EXTENSION) && !Files.isDirectory(file)) {
						files.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					unlisted.put(file, reason(e));
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			unlisted.put(input, reason(e));
		}
		files.sort(null);
		return new SourceListing(List.copyOf(files), unlisted);
	}

	private static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		String reason = e instanceof FileSystemException failed ? failed.getReason() : null;
		return reason == null || reason.isBlank() ? "cannot be listed" : reason;
	}
}
