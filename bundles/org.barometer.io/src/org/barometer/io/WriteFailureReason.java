package org.barometer.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Why a file could not be written, in words for the person who asked for it. */
public final class WriteFailureReason {

	static final String FOLDER_IN_THE_WAY = "a folder of that name is in the way";

	private WriteFailureReason() {
	}

	public static String of(Path target, IOException e) {
		String os = e instanceof FileSystemException failed ? failed.getReason() : e.getMessage();
		String lower = os == null ? "" : os.toLowerCase(Locale.ROOT);
		Path folder = target.toAbsolutePath().getParent();
		if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("not enough space")) {
			return "the disk is full";
		}
		if (lower.contains("read-only file system")) {
			return "the disk is read-only";
		}
		if (e instanceof AccessDeniedException) {
			return Files.isWritable(folder) ? "permission denied (is it open in another program?)"
					: "the folder " + folder + " is read-only";
		}
		if (e instanceof NoSuchFileException) {
			return "the folder " + folder + " does not exist";
		}
		if (Files.isDirectory(target)) {
			return FOLDER_IN_THE_WAY;
		}
		return os == null || os.isBlank() ? "the system refused it" : os.strip();
	}

	/** Exceptions of the file system, as opposed to those of the content (a refusal, an invalid file). */
	static boolean isFileSystems(IOException e) {
		return e instanceof FileSystemException || e.getClass() == IOException.class;
	}
}
