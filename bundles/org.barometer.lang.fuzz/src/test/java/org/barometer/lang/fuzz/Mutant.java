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

	/** The profile checked with this mutant: the mutant itself, or the examples' profile. */
	String profileText() {
		return original.isProfile() ? text() : Examples.read(Examples.PROFILE).text();
	}

	/** The issue checked with this mutant: the mutant itself, or issue 18 beside a mutated profile. */
	String issueText() {
		return original.isProfile() ? Examples.read(Examples.ISSUES.get(1)).text() : text();
	}

	@Override
	public String toString() {
		return original.name() + " with " + edits;
	}
}
