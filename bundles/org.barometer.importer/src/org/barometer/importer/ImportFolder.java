package org.barometer.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.barometer.io.AtomicFileWriter;

/**
 * Writes imported files into a folder without ever replacing one: a file already there with
 * the same bytes is left as it is (the same source imported again), a different one keeps
 * its name and the new file is written as "name (2).barometer". Each file is written as the
 * exports write theirs ({@link AtomicFileWriter}), so a reader never sees half a file.
 */
final class ImportFolder {

	private final Path folder;

	ImportFolder(Path folder) {
		this.folder = folder;
	}

	WrittenFile write(String fileName, String text) throws IOException {
		Files.createDirectories(folder);
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		String stem = fileName.endsWith(OutputNames.EXTENSION) ? fileName.substring(0, fileName.length() - OutputNames.EXTENSION.length()) : fileName;
		for (int n = 1;; n++) {
			Path target = folder.resolve(n == 1 ? fileName : stem + " (" + n + ")" + OutputNames.EXTENSION);
			if (Files.exists(target)) {
				if (Files.isRegularFile(target) && Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes)) {
					return new WrittenFile(target, true);
				}
				continue;
			}
			AtomicFileWriter.write(target, out -> out.write(bytes));
			return new WrittenFile(target, false);
		}
	}
}
