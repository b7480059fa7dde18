package org.barometer.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.barometer.io.InputFiles;
import org.barometer.io.UnreadableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person names is read only if it is a regular file of a sensible size; every refusal says why in words. */
class InputFilesTest {

	private static final int MEGABYTE = 1024 * 1024;

	@TempDir
	Path folder;

	@Test
	void aRegularFileIsReadWhole() throws Exception {
		byte[] content = { 'D', 'e', 'a', 'r', '\n' };
		assertArrayEquals(content, InputFiles.read(Files.write(folder.resolve("issue.barometer"), content)));
	}

	@Test
	void aFileOverTheCallersLimitIsRefusedNamingTheLimit() throws Exception {
		Path file = Files.write(folder.resolve("huge.txt"), new byte[MEGABYTE + 1]);
		UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> InputFiles.read(file, MEGABYTE));
		assertEquals("larger than 1 MB, the most a file may be", e.getMessage());
		assertEquals(MEGABYTE + 1, InputFiles.read(file).length, "the general limit is larger");
	}

	@Test
	void aFileOverTheGeneralLimitIsRefused() throws Exception {
		Path file = Files.write(folder.resolve("huge.barometer"), new byte[(int) InputFiles.MAX_BYTES + 1]);
		UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> InputFiles.read(file));
		assertEquals("larger than 16 MB, the most a file may be", e.getMessage());
	}

	@Test
	void whatIsNotARegularFileIsNotOpened() throws Exception {
		assertEquals("a folder, not a file", assertThrows(UnreadableFileException.class, () -> InputFiles.read(folder)).getMessage());
		assertEquals("no such file",
				assertThrows(UnreadableFileException.class, () -> InputFiles.read(folder.resolve("missing.txt"))).getMessage());
		Path endless = Path.of("/dev/zero");
		assumeTrue(Files.exists(endless), "no /dev/zero on this system");
		assertEquals("not a regular file (a device, pipe or socket); only regular files are read",
				assertThrows(UnreadableFileException.class, () -> InputFiles.read(endless)).getMessage());
	}

	@Test
	void aFileThatCannotBeOpenedIsRefusedInWords() throws IOException {
		Path file = Files.write(folder.resolve("locked.txt"), new byte[] { 1 });
		assumeTrue(file.toFile().setReadable(false, false) && !Files.isReadable(file), "the file stays readable here (run as root?)");
		assertEquals("permission denied", assertThrows(UnreadableFileException.class, () -> InputFiles.read(file)).getMessage());
	}
}
