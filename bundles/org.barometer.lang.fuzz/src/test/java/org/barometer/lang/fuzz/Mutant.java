package org.barometer.lang.fuzz;

import java.util.List;

/** An example file (the profile or an issue) with a few edits applied in order. */
record Mutant(Examples.File original, List<Edit> edits) {

	String text() {
		String text = original.text();
		for (Edit edit : edits) {
			text = edit.applyTo(text);
		}
		return text;
	}

	@Override
	public String toString() {
		return original.name() + " with " + edits;
	}
}
