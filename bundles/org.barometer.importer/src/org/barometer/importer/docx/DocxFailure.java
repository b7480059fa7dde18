package org.barometer.importer.docx;

/**
 * Why POI could not read a .docx, in the words of the person importing it: POI's exceptions
 * name the cause only in their messages, somewhere along the chain of causes.
 */
final class DocxFailure {

	private DocxFailure() {
	}

	static String why(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase();
			if (message.contains("zip bomb") || message.contains("max. ratio") || message.contains("exceeds the max")
					|| message.contains("entry size") || message.contains("max file count")) {
				return "unpacks to far more than a Word document holds (built to exhaust memory, a \"zip bomb\"); refused.";
			}
			if (message.contains("doctype") || message.contains("entity") || message.contains("dtd")) {
				return "contains XML with a document type declaration, which Word never writes and which can make a reader "
						+ "fetch other files (external entities); refused.";
			}
		}
		if (failure instanceof StackOverflowError) {
			return "is nested too deeply to read; it is damaged or built to break readers.";
		}
		return "is damaged or incomplete and cannot be read as a Word document (an interrupted download or copy?). "
				+ "Open it in Word, save it again, and import the saved file.";
	}
}
