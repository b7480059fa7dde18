package org.barometer.cli.tests.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

import org.barometer.cli.BarometerCommandLine;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** One run of the command line in process, as `./barometer` runs it: exit code, stdout, stderr. */
public record CommandRun(int exitCode, String out, String err) {

	public static CommandRun of(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = BarometerCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	public String[] lines() {
		return out.isEmpty() ? new String[0] : out.split("\n");
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n" + out + (err.isEmpty() ? "" : "stderr:\n" + err);
	}

	/** Copies a folder of this bundle's resources/hardening into the given folder; returns it. */
	public static Path copyResources(String name, Path into) {
		Bundle bundle = FrameworkUtil.getBundle(CommandRun.class);
		Enumeration<URL> entries = bundle.findEntries("resources/hardening/" + name, "*.barometer", false);
		try {
			Files.createDirectories(into);
			while (entries != null && entries.hasMoreElements()) {
				URL entry = entries.nextElement();
				String file = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
				try (InputStream in = entry.openStream()) {
					Files.write(into.resolve(file), in.readAllBytes());
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return into;
	}

	public static Path examples() {
		return Path.of(System.getProperty("barometer.examples"));
	}
}
