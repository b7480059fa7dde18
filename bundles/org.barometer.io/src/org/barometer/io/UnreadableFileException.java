package org.barometer.io;

/** A file that is not read, and why, in the user's words ("permission denied", "not a regular file ..."). */
public class UnreadableFileException extends Exception {

	private static final long serialVersionUID = 1L;

	public UnreadableFileException(String reason) {
		super(reason);
	}
}
