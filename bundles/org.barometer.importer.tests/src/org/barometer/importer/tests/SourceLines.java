package org.barometer.importer.tests;

import java.util.List;

import org.barometer.importer.source.SourceDocument;
import org.barometer.importer.source.SourceLine;

/** What the tests compare: a document's lines that hold text, optionally of one page. */
final class SourceLines {

	private SourceLines() {
	}

	static List<String> texts(SourceDocument document) {
		return document.lines().stream().filter(line -> !line.isBlank()).map(SourceLine::text).toList();
	}

	static List<String> texts(SourceDocument document, int page) {
		return document.lines().stream().filter(line -> line.page() == page && !line.isBlank()).map(SourceLine::text).toList();
	}

	static SourceLine find(SourceDocument document, String text) {
		return document.lines().stream().filter(line -> line.text().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no line \"" + text + "\" in " + texts(document)));
	}
}
