package org.barometer.lang.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled examples: the seeds of every mutant. */
final class Examples {

	static final String PROFILE = "minsk-barometer.barometer";
	static final List<String> ISSUES = List.of("issue-17-sep-oct-2020.barometer", "issue-18-nov-dec-2020.barometer");

	record File(String name, String text) {
		boolean isProfile() {
			return name.equals(PROFILE);
		}
	}

	private Examples() {
	}

	static File read(String name) {
		Path folder = Path.of(System.getProperty("barometer.examples", "../../examples"));
		try {
			return new File(name, Files.readString(folder.resolve(name)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<File> all() {
		return List.of(read(PROFILE), read(ISSUES.get(0)), read(ISSUES.get(1)));
	}
}
