package org.barometer.export.docx;

/** A template file that cannot serve as a Word template; the message says which and why. */
public class InvalidTemplateException extends Exception {

	private static final long serialVersionUID = 1L;

	public InvalidTemplateException(String message, Throwable cause) {
		super(message, cause);
	}
}
