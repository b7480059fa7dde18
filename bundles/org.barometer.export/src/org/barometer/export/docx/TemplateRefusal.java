package org.barometer.export.docx;

import java.util.Locale;

/**
 * Why a file cannot serve as a template, in the user's words: POI's own messages are written
 * for programmers (its zip-bomb refusal is four lines that suggest an API call).
 */
final class TemplateRefusal {

	private TemplateRefusal() {
	}

	static String reason(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
			if (message.contains("zip bomb")) {
				return "refused: its contents would expand to far more than its size (a possible zip bomb)";
			}
			if (message.contains("doctype") || message.contains("external entit")) {
				return "refused: it declares a document type or external entities, which a Word document never needs";
			}
		}
		return "not a Word document (.docx) usable as a template";
	}
}
