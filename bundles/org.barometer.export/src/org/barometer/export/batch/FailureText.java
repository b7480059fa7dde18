package org.barometer.export.batch;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

import org.barometer.export.NotExportableException;
import org.barometer.export.docx.InvalidTemplateException;
import org.barometer.io.TargetNotWrittenException;
import org.barometer.io.UnreadableFileException;
import org.barometer.export.io.WrittenFileInvalidException;

/**
 * An export failure in words for the person who asked for it, on one line: file system errors
 * carry only a path as their message, and any other exception's text is a programmer's (it
 * once printed "Cannot invoke String.replace(...) because ... is null"), so it is never shown.
 */
public final class FailureText {

	private FailureText() {
	}

	public static String of(Exception e) {
		if (e instanceof TargetNotWrittenException notWritten) {
			return oneLine(notWritten.getMessage());
		}
		if (e instanceof AccessDeniedException denied) {
			return "cannot write " + denied.getFile() + ": permission denied";
		}
		if (e instanceof FileSystemException failed) {
			return "cannot write " + failed.getFile() + (failed.getReason() == null ? "" : ": " + oneLine(failed.getReason()));
		}
		if (e instanceof ExportRefusedException || e instanceof NotExportableException || e instanceof WrittenFileInvalidException
				|| e instanceof InvalidTemplateException || e instanceof UnreadableFileException) {
			return oneLine(e.getMessage());
		}
		if (e instanceof java.io.IOException && e.getMessage() != null && !e.getMessage().isBlank()) {
			// the operating system's words ("No space left on device")
			return "the files could not be written: " + oneLine(e.getMessage());
		}
		return "an internal error stopped the export of this issue, and none of its files was written; please report it with the file";
	}

	private static String oneLine(String text) {
		return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
	}
}
