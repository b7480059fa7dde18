package org.barometer.importer.source;

/** A source the import cannot read, with a message for the person who chose it. */
public class UnreadableSourceException extends Exception {

	private static final long serialVersionUID = 1L;

	public UnreadableSourceException(String message) {
		super(message);
	}

	public UnreadableSourceException(String message, Throwable cause) {
		super(message, cause);
	}
}
