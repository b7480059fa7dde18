package org.barometer.studio.preload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classes the studio loads on its way to an open editor, per bundle, in the order they were
 * loaded. The file has a line `@BUNDLE` before each run of classes from that bundle, then one
 * class name per line; `#` starts a comment. Written by releng/scripts/record-startup-classes.sh.
 */
public final class ClassList {

	private final Map<String, List<String>> classesByBundle;

	private ClassList(Map<String, List<String>> classesByBundle) {
		this.classesByBundle = classesByBundle;
	}

	public static ClassList read(InputStream in) throws IOException {
		Map<String, List<String>> byBundle = new LinkedHashMap<>();
		List<String> current = null;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				if (line.startsWith("@")) {
					current = byBundle.computeIfAbsent(line.substring(1).strip(), bundle -> new ArrayList<>());
				} else if (current != null) {
					current.add(line);
				}
			}
		}
		return new ClassList(byBundle);
	}

	/** The bundles in the order their first class was loaded. */
	public List<String> bundles() {
		return List.copyOf(classesByBundle.keySet());
	}

	public List<String> classesOf(String bundle) {
		return classesByBundle.getOrDefault(bundle, List.of());
	}

	public int size() {
		return classesByBundle.values().stream().mapToInt(List::size).sum();
	}
}
