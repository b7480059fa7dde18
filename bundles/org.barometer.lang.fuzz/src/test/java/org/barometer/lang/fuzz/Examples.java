package org.barometer.lang.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

	/** Read once: every mutant of the campaign starts from them. */
	private static final Map<String, File> READ = new ConcurrentHashMap<>();

	static File read(String name) {
		return READ.computeIfAbsent(name, Examples::readFile);
	}

	private static File readFile(String name) {
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
