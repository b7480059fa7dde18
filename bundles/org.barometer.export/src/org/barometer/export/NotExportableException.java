package org.barometer.export;

/** An issue whose figures cannot be computed, so that no file is written for it; the message says why in the user's words. */
public class NotExportableException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public NotExportableException(String message) {
		super(message);
	}
}
