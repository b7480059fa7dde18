package org.barometer.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.barometer.importer.ArchiveImport;
import org.barometer.importer.ImportProgress;
import org.barometer.importer.ImportRun;
import org.barometer.importer.source.SourceDocument;
import org.barometer.importer.source.SourceReader;
import org.barometer.importer.source.TextSourceReader;
import org.barometer.importer.source.UnreadableSourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each source's format is told from its first bytes once, when it is found, and the reader chosen then reads it. */
class SourceDetectionTest {

	@TempDir
	Path folder;

	@Test
	void eachSourceIsSniffedOnceFromFindingToImport() throws Exception {
		Files.copy(Reference.text(17), folder.resolve("issue-17.txt"));
		Files.copy(Reference.text(18), folder.resolve("issue-18.txt"));
		Files.writeString(folder.resolve("notes.md"), "not a source");
		SniffCountingReader reader = new SniffCountingReader();
		ArchiveImport archiveImport = new ArchiveImport(List.of(reader));

		var sources = archiveImport.sources(List.of(folder));
		ImportRun run = archiveImport.importAll(sources, null, ImportProgress.NONE);

		assertEquals(2, sources.size());
		assertEquals(2, run.issues().size(), run.notImported().toString());
		assertEquals(List.of(folder.resolve("issue-17.txt"), folder.resolve("issue-18.txt")), reader.read);
		assertEquals(List.of("issue-17.txt", "issue-18.txt", "notes.md"), reader.sniffed.stream().map(p -> p.getFileName().toString()).sorted().toList(),
				"every file sniffed once, when the sources are found");
	}

	/** The text reader, counting what it is asked. */
	private static final class SniffCountingReader implements SourceReader {
		private final TextSourceReader text = new TextSourceReader();
		final List<Path> sniffed = new ArrayList<>();
		final List<Path> read = new ArrayList<>();

		@Override
		public boolean accepts(Path file, byte[] firstBytes) {
			sniffed.add(file);
			return text.accepts(file, firstBytes);
		}

		@Override
		public SourceDocument read(Path file) throws IOException, UnreadableSourceException {
			read.add(file);
			return text.read(file);
		}
	}
}
