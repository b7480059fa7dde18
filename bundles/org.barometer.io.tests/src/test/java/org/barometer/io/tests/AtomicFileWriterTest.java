package org.barometer.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.barometer.io.AtomicFileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed or killed write leaves the previous file as it was, and no temporary file behind. */
class AtomicFileWriterTest {

	private static final byte[] PREVIOUS = "the previous export".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path folder;

	@Test
	void writesANewFileAndReplacesAnOldOne() throws IOException {
		Path target = folder.resolve("out.bin");
		AtomicFileWriter.write(target, out -> out.write(PREVIOUS));
		assertArrayEquals(PREVIOUS, Files.readAllBytes(target));
		AtomicFileWriter.write(target, out -> {
			out.write(1);
			out.close(); // writers that close their stream are fine
		});
		assertArrayEquals(new byte[] { 1 }, Files.readAllBytes(target));
		assertEquals(List.of("out.bin"), names());
	}

	@Test
	void aWriteThatFailsMidwayLeavesThePreviousFileAndNoTemporary() throws IOException {
		Path target = Files.write(folder.resolve("out.bin"), PREVIOUS);
		IOException failure = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
			out.write(new byte[100_000]);
			throw new IOException("disk full");
		}));
		// named as the person asked for it, with the system's reason: never the temporary file
		assertEquals("cannot write " + target + ": disk full", failure.getMessage());
		assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(target, out -> {
			out.write(new byte[10]);
			throw new IllegalStateException("a bug in a writer");
		}));
		assertArrayEquals(PREVIOUS, Files.readAllBytes(target));
		assertEquals(List.of("out.bin"), names());
	}

	@Test
	void aProcessKilledMidwayLeavesThePreviousFileAndItsTemporaryIsClearedLater() throws Exception {
		Path target = Files.write(folder.resolve("issue.docx"), PREVIOUS);
		String classpath = classpathOf(SlowAtomicWrite.class) + java.io.File.pathSeparator + classpathOf(AtomicFileWriter.class);
		String java = ProcessHandle.current().info().command().orElse("java");
		Process writer = new ProcessBuilder(java, "-cp", classpath, SlowAtomicWrite.class.getName(), target.toString())
				.redirectErrorStream(true).start();
		try (BufferedReader output = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			String line = output.readLine();
			assertEquals(SlowAtomicWrite.HALF_WRITTEN, line, "the writer did not start");
			List<String> during = names();
			assertEquals(2, during.size(), "the target and the writer's temporary file: " + during);
			assertTrue(during.get(0).startsWith(".issue.docx." + writer.pid() + "-") && during.get(0).endsWith(".tmp"), during.get(0));

			writer.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
			assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
		} finally {
			writer.destroyForcibly();
		}
		assertArrayEquals(PREVIOUS, Files.readAllBytes(target), "the killed export left the previous file");

		// the dead writer's temporary file goes at the next export of the same file
		AtomicFileWriter.write(target, out -> out.write(1));
		assertArrayEquals(new byte[] { 1 }, Files.readAllBytes(target));
		assertEquals(List.of("issue.docx"), names());
	}

	@Test
	void aTemporaryOfAWriterStillRunningIsLeftAlone() throws IOException {
		Path target = folder.resolve("issue.docx");
		String live = ".issue.docx." + ProcessHandle.current().pid() + "-abc.tmp";
		Files.write(folder.resolve(live), PREVIOUS);
		AtomicFileWriter.write(target, out -> out.write(1));
		assertEquals(List.of(live, "issue.docx"), names());
	}

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** Where a bundle's classes are, for a plain JVM's classpath: a jar, or a folder of classes. */
	private static String classpathOf(Class<?> type) throws URISyntaxException {
		Path base = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
		String entry = type.getName().replace('.', '/') + ".class";
		for (Path candidate : List.of(base, base.resolve("target/classes"), base.resolve("bin"))) {
			if (Files.isRegularFile(candidate) || Files.isRegularFile(candidate.resolve(entry))) {
				return candidate.toString();
			}
		}
		assumeTrue(false, "cannot find the classes of " + type.getName() + " under " + base);
		return null;
	}
}
