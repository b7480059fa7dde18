package org.barometer.lang.tests;

import java.util.ArrayList;
import java.util.List;

/** A text as lines that keep their line breaks, for variants that drop or repeat whole lines. */
final class Lines {

	private Lines() {
	}

	static List<String> of(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			end = end < 0 ? text.length() : end + 1;
			lines.add(text.substring(start, end));
			start = end;
		}
		return lines;
	}

	static String without(List<String> lines, int index) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			if (i != index) {
				text.append(lines.get(i));
			}
		}
		return text.toString();
	}
}
