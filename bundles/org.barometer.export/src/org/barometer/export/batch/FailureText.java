package org.barometer.export.batch;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/** An export failure in words for the person who asked for it: file system errors carry only a path as their message. */
public final class FailureText {

	private FailureText() {
	}

	public static String of(Exception e) {
		if (e instanceof AccessDeniedException denied) {
			return "cannot write " + denied.getFile() + ": permission denied";
		}
		if (e instanceof FileSystemException failed) {
			return "cannot write " + failed.getFile() + (failed.getReason() == null ? "" : ": " + failed.getReason());
		}
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}
}
