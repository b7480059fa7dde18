package org.barometer.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the files a user names (issues, profiles, templates, an import's extracted text) under
 * one policy: only regular files, at most {@link #MAX_BYTES} or a smaller limit of the caller's.
 * A pipe would block forever and a device such as /dev/zero never ends, so neither is opened;
 * a size limit keeps a huge file from exhausting memory. Every refusal is an {@link UnreadableFileException} whose message is in the user's words.
 */
public final class InputFiles {

	/** 16 MiB: a real issue is about 100 KB, and a synthetic one of 100,000 events about 7 MB. */
	public static final long MAX_BYTES = 16L * 1024 * 1024;
	private static final long MEGABYTE = 1024 * 1024;

	private InputFiles() {
	}

	public static byte[] read(Path file) throws UnreadableFileException {
		return read(file, MAX_BYTES);
	}

	/** At most {@code maxBytes} (whole megabytes, as the refusal names them). */
	public static byte[] read(Path file, long maxBytes) throws UnreadableFileException {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class); // follows symbolic links
		} catch (NoSuchFileException e) {
			throw new UnreadableFileException("no such file");
		} catch (IOException e) {
			throw new UnreadableFileException(reason(e));
		}
		if (attributes.isDirectory()) {
			throw new UnreadableFileException("a folder, not a file");
		}
		if (!attributes.isRegularFile()) {
			throw new UnreadableFileException("not a regular file (a device, pipe or socket); only regular files are read");
		}
		if (attributes.size() > maxBytes) {
			throw tooLarge(maxBytes);
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] bytes = in.readNBytes((int) maxBytes + 1); // the file may have grown since
			if (bytes.length > maxBytes) {
				throw tooLarge(maxBytes);
			}
			return bytes;
		} catch (IOException e) {
			throw new UnreadableFileException(reason(e));
		}
	}

	private static UnreadableFileException tooLarge(long maxBytes) {
		return new UnreadableFileException("larger than " + maxBytes / MEGABYTE + " MB, the most a file may be");
	}

	/** The operating system's reason, which is short and in words ("Input/output error"), never the exception's name. */
	private static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		String reason = e instanceof FileSystemException failed ? failed.getReason() : e.getMessage();
		return reason == null || reason.isBlank() ? "cannot be read" : "cannot be read: " + OneLine.of(reason);
	}
}
