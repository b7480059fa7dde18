package org.barometer.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.barometer.importer.ArchiveImport;
import org.barometer.importer.ImportedIssue;
import org.barometer.importer.WrittenFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import writes its files as the exports do: whole or not at all, never over a file already there. */
class ImportFolderTest {

	@TempDir
	Path folder;

	private final ArchiveImport archiveImport = new ArchiveImport();

	private static ImportedIssue issue(String text) {
		return new ImportedIssue("issue-18.txt", "issue-18.barometer", text, null, null, null);
	}

	@Test
	void aTemporaryLeftByAnImportKilledMidwayIsClearedAtTheNextImportOfThatFile() throws Exception {
		Path abandoned = folder.resolve(".issue-18.barometer." + finishedProcessId() + "-k3j9x0.tmp");
		Files.writeString(abandoned, "half an iss");
		List<WrittenFile> written = archiveImport.write(issue("issue 18 {}\n"), folder);
		assertEquals(List.of(folder.resolve("issue-18.barometer")), written.stream().map(WrittenFile::path).toList());
		assertFalse(Files.exists(abandoned), "the killed import's temporary file is gone");
		assertEquals(List.of("issue-18.barometer"), names());
	}

	@Test
	void aDifferentFileOfTheSameNameIsKeptAndTheNewOneWrittenBeside() throws Exception {
		Files.writeString(folder.resolve("issue-18.barometer"), "the editor's own work\n");
		List<WrittenFile> written = archiveImport.write(issue("issue 18 {}\n"), folder);
		assertEquals(folder.resolve("issue-18 (2).barometer"), written.get(0).path());
		assertEquals("the editor's own work\n", Files.readString(folder.resolve("issue-18.barometer"), StandardCharsets.UTF_8));
		assertTrue(archiveImport.write(issue("issue 18 {}\n"), folder).get(0).unchanged(), "the same import again writes nothing");
		assertEquals(List.of("issue-18 (2).barometer", "issue-18.barometer"), names());
	}

	/** The id of a process that has ended: its temporary files are abandoned. */
	private static long finishedProcessId() throws IOException, InterruptedException {
		Process process = new ProcessBuilder("true").start();
		process.waitFor();
		return process.pid();
	}

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
