package org.barometer.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.barometer.export.docx.internal.Paragraphs;
import org.junit.jupiter.api.Test;

/** How a narrative written in the language becomes Word paragraphs. */
class ParagraphsTest {

	@Test
	void blankLinesSeparateParagraphsAndSingleBreaksAreWrapping() {
		assertEquals(List.of("One wrapped paragraph.", "A second one."),
				Paragraphs.split("\n  One wrapped\n  paragraph.\n\n  A second\n  one.\n"));
	}

	@Test
	void eachBulletPointIsAParagraphOfItsOwn() {
		String forecast = """
				Two interests meet:
				- Belarus needs intermediaries
				  for its dialogue with the West.
				- Ukraine wants new markets.
				Both will keep talking.""";
		assertEquals(List.of("Two interests meet:", "\u2022\u00a0Belarus needs intermediaries for its dialogue with the West.",
				"\u2022\u00a0Ukraine wants new markets. Both will keep talking."), Paragraphs.split(forecast));
	}

	@Test
	void aDashInsideALineOrBeforeANumberIsNotABullet() {
		assertEquals(List.of("Relations - as before - stay cold, the index fell to -3 and then to -5 points."),
				Paragraphs.split("Relations - as before - stay cold, the index fell to\n-3 and then to\n-5 points."));
	}
}
