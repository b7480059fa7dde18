package org.barometer.export.batch;

import java.io.IOException;

/** An issue the export will not write, and why, in the user's words. */
public class ExportRefusedException extends IOException {

	private static final long serialVersionUID = 1L;

	public ExportRefusedException(String reason) {
		super(reason);
	}
}
