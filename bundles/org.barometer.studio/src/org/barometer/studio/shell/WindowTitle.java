package org.barometer.studio.shell;

import java.util.Optional;

import org.barometer.workspace.summary.DocumentSummary;
import org.barometer.workspace.summary.PublicationSummaries;
import org.eclipse.core.resources.IFile;

/** The window's title names what the user is working on: the publication, the issue and its period. */
final class WindowTitle {

	static final String PRODUCT = "Barometer Studio";

	private WindowTitle() {
	}

	/** "Minsk Barometer — № 18, November–December 2020 — Barometer Studio"; the product's name alone without a file. */
	static String of(IFile file) {
		if (file == null) {
			return PRODUCT;
		}
		Optional<DocumentSummary> summary = PublicationSummaries.of(file);
		String publication = summary.map(DocumentSummary::publicationTitle).filter(title -> !title.isBlank())
				.or(() -> PublicationSummaries.publicationTitle(file.getProject())).orElse(file.getProject().getName());
		if (summary.isEmpty()) {
			return publication + " \u2014 " + file.getName() + " \u2014 " + PRODUCT;
		}
		DocumentSummary document = summary.get();
		if (!document.isIssue()) {
			return publication + " \u2014 profile \u2014 " + PRODUCT;
		}
		String issue = "\u2116 " + document.number() + (document.period().isBlank() ? "" : ", " + document.period());
		return publication + " \u2014 " + issue + " \u2014 " + PRODUCT;
	}
}
