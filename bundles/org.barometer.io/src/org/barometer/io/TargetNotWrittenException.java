package org.barometer.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that could not be written, named as the person asked for it (never the temporary
 * file beside it, which they did not ask for and will not find), with the reason in their words.
 */
public class TargetNotWrittenException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path target;
	private final String reason;

	public TargetNotWrittenException(Path target, String reason, Throwable cause) {
		super("cannot write " + target + ": " + reason, cause);
		this.target = target;
		this.reason = reason;
	}

	public Path target() {
		return target;
	}

	public String reason() {
		return reason;
	}
}
