package org.barometer.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The `barometer` script rebuilds the application when a source is newer than the last build
 * (releng/scripts/product-staleness.sh, run by bash on a tree of files dated before and after it).
 */
class ProductStalenessTest {

	private static final Path SCRIPT = Path.of(System.getProperty("barometer.examples", "../../examples")).toAbsolutePath()
			.getParent().resolve("releng/scripts/product-staleness.sh");
	private static final Instant BUILD = Instant.parse("2026-12-05T08:00:00Z");

	@TempDir
	Path root;
	private Path built;

	@BeforeEach
	void aTreeBuiltAtEight() throws IOException {
		for (String source : new String[] { "pom.xml", "bundles/org.a/src/org/a/A.java", "bundles/org.a/META-INF/MANIFEST.MF",
				"features/f/feature.xml", "releng/p/p.product", "targets/t/t.target" }) {
			write(source, BUILD.minusSeconds(3600));
		}
		built = write("built", BUILD);
	}

	@Test
	void aBuildNewerThanEverySourceIsCurrent() throws Exception {
		assertEquals("", newerSource());
	}

	@Test
	void aSourceChangedSinceTheBuildIsNamed() throws Exception {
		write("bundles/org.a/src/org/a/A.java", BUILD.plusSeconds(60));
		assertEquals("bundles/org.a/src/org/a/A.java", newerSource());
	}

	@Test
	void aNewSourceInAFeatureIsNamed() throws Exception {
		write("features/g/feature.xml", BUILD.plusSeconds(60));
		assertEquals("features/g/feature.xml", newerSource());
	}

	@Test
	void buildOutputGeneratedCodeAndTheScriptsAreNotSources() throws Exception {
		write("bundles/org.a/target/classes/org/a/A.class", BUILD.plusSeconds(60));
		write("bundles/org.a/bin/org/a/A.class", BUILD.plusSeconds(60));
		write("bundles/org.a/src-gen/org/a/Generated.java", BUILD.plusSeconds(60));
		write("releng/p/target/products/config.ini", BUILD.plusSeconds(60));
		write("releng/scripts/logging.properties", BUILD.plusSeconds(60));
		assertEquals("", newerSource());
	}

	@Test
	void whatGitIgnoresIsNotASource() throws Exception {
		assumeTrue(run("git", "init", "-q", root.toString()) == 0, "no git here");
		write(".gitignore", BUILD.minusSeconds(3600), "bundles/org.a/plugin.properties\n");
		write("bundles/org.a/plugin.properties", BUILD.plusSeconds(60));
		assertEquals("", newerSource());
		write("bundles/org.a/build.properties", BUILD.plusSeconds(60));
		assertEquals("bundles/org.a/build.properties", newerSource());
	}

	private String newerSource() throws IOException, InterruptedException {
		assumeTrue(Files.isRegularFile(SCRIPT), "the source tree is not beside the examples: " + SCRIPT);
		ProcessBuilder command = new ProcessBuilder("bash", "-c", "source \"$0\" && barometer_newer_source \"$1\" \"$2\"; echo \"exit $?\"",
				SCRIPT.toString(), root.toString(), built.toString()).redirectErrorStream(true);
		// the temporary tree lies in the build's own ignored target/: git must not look above it
		command.environment().put("GIT_CEILING_DIRECTORIES", root.getParent().toString());
		Process bash = command.start();
		String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(true, bash.waitFor(30, TimeUnit.SECONDS));
		String[] lines = output.strip().split("\n");
		String last = lines[lines.length - 1];
		String printed = output.strip().substring(0, output.strip().length() - last.length()).strip();
		// the function succeeds exactly when it names a source
		assertEquals(printed.isEmpty() ? "exit 1" : "exit 0", last, output);
		return printed;
	}

	private Path write(String name, Instant time) throws IOException {
		return write(name, time, name + "\n");
	}

	private Path write(String name, Instant time, String content) throws IOException {
		Path file = root.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		Files.setLastModifiedTime(file, FileTime.from(time));
		return file;
	}

	private static int run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getInputStream().readAllBytes();
		return process.waitFor();
	}
}
