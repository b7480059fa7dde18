package org.barometer.export.io;

import java.io.IOException;

/** A file written for export that would not open; it never replaces the previous one. The message is in the user's words. */
public class WrittenFileInvalidException extends IOException {

	private static final long serialVersionUID = 1L;

	public WrittenFileInvalidException(String message) {
		super(message);
	}
}
