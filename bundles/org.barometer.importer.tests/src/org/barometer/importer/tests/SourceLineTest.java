package org.barometer.importer.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.barometer.importer.source.SourceDocument;
import org.barometer.importer.source.SourceLine;
import org.junit.jupiter.api.Test;

class SourceLineTest {

	@Test
	void aLineWithoutTextIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> new SourceLine(1, 1, null));
	}

	@Test
	void aDocumentKeepsItsLinesUnchangeable() {
		SourceDocument document = new SourceDocument("issue.txt", List.of(new SourceLine(1, 1, " ")));
		assertTrue(document.lines().get(0).isBlank());
		assertThrows(UnsupportedOperationException.class, () -> document.lines().add(new SourceLine(1, 2, "x")));
	}
}
