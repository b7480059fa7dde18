package org.barometer.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.barometer.importer.layout.SourceSpan;
import org.barometer.importer.source.SourceDocument;
import org.barometer.importer.source.SourceLine;
import org.barometer.importer.source.TextSourceReader;
import org.barometer.importer.source.UnreadableSourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extracted text as the import reads it: pages at form feeds, lines numbered as an editor counts them, bad files refused in words. */
class TextSourceReaderTest {

	@TempDir
	Path folder;

	private final TextSourceReader reader = new TextSourceReader();

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(folder.resolve(name), bytes);
	}

	@Test
	void aFormFeedTurnsThePageAndLinesKeepTheirNumbers() throws Exception {
		Path file = write("issue.txt", "first\nsecond\fthird\n\ffourth\n".getBytes(StandardCharsets.UTF_8));
		SourceDocument document = reader.read(file);
		assertEquals(List.of("first", "second", "third", "fourth"), document.lines().stream().map(SourceLine::text).toList());
		assertEquals(List.of(1, 1, 2, 3), document.lines().stream().map(SourceLine::page).toList());
		assertEquals(List.of(1, 2, 2, 3), document.lines().stream().map(SourceLine::line).toList());
		SourceLine third = document.lines().get(2);
		assertEquals("p. 2, l. 2", SourceSpan.of(third).printed());
		assertEquals("pp. 2–3, l. 2–3", new SourceSpan(third, document.lines().get(3)).printed());
	}

	@Test
	void withoutFormFeedsThereAreNoPagesAndProvenanceNamesLines() throws Exception {
		SourceDocument document = reader.read(write("issue.txt", "\uFEFFDear readers!\r\nWe are glad\r\n".getBytes(StandardCharsets.UTF_8)));
		assertEquals(List.of("Dear readers!", "We are glad"), document.lines().stream().map(SourceLine::text).toList());
		assertTrue(document.lines().stream().allMatch(l -> l.page() == 0));
		assertEquals("l. 1–2", new SourceSpan(document.lines().get(0), document.lines().get(1)).printed());
	}

	@Test
	void textThatIsNotUtf8IsRefusedWithItsLine() throws Exception {
		Path file = write("issue-19.txt", new byte[] { 'a', '\n', 'b', '\n', (byte) 0xE9, 't', '\n' });
		UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(file));
		assertEquals("issue-19.txt: not UTF-8 text (line 3); save the extracted text as UTF-8 and import it again.", e.getMessage());
	}

	@Test
	void aFileFarLargerThanAnIssueIsRefusedUnread() throws Exception {
		Path file = write("huge.txt", new byte[8 * 1024 * 1024 + 1]);
		UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(file));
		assertTrue(e.getMessage().startsWith("huge.txt: larger than 8 MB"), e.getMessage());
	}

	@Test
	void onlyTextFilesAreTaken() throws Exception {
		assertTrue(reader.accepts(Path.of("ISSUE-17.TXT"), "Dear".getBytes(StandardCharsets.UTF_8)));
		assertFalse(reader.accepts(Path.of("issue-17.txt"), new byte[] { '%', 'P', 'D', 'F', 0 }));
		assertFalse(reader.accepts(Path.of("issue-17.pdf"), "Dear".getBytes(StandardCharsets.UTF_8)));
		UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(folder));
		assertTrue(e.getMessage().endsWith(": a folder, not a file."), e.getMessage());
	}

	@Test
	void aFileTheSystemCannotOpenIsRefusedInWords() throws Exception {
		// two links that point at each other: the system refuses to open either
		Path first = folder.resolve("issue-17.txt");
		Path second = folder.resolve("issue-18.txt");
		Files.createSymbolicLink(first, second.getFileName());
		Files.createSymbolicLink(second, first.getFileName());
		UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(first));
		assertTrue(e.getMessage().startsWith("issue-17.txt: cannot be read: "), e.getMessage());
		assertFalse(e.getMessage().contains(folder.toString()), "the file's name, not the temporary folder: " + e.getMessage());
	}
}
