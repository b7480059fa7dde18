package org.barometer.editor.assist;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Matches the braces of sections, tables and subsections. */
public class BarometerBracketMatcher extends DefaultCharacterPairMatcher {

	public BarometerBracketMatcher() {
		super(new char[] { '{', '}' });
	}
}
