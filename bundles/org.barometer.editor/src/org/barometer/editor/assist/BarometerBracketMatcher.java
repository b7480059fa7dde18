package org.barometer.editor.assist;

import org.barometer.editor.presentation.BarometerPartitions;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/**
 * Matches the braces of sections, tables and subsections. It reads the document's Barometer
 * partitioning, so that a brace written in a comment or a narrative text is no partner of a
 * brace of the structure (the default partitioning makes the whole file one partition).
 */
public class BarometerBracketMatcher extends DefaultCharacterPairMatcher {

	public BarometerBracketMatcher() {
		super(new char[] { '{', '}' }, BarometerPartitions.PARTITIONING);
	}
}
