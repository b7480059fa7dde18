package org.barometer.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.barometer.model.text.MarkupSpan;
import org.barometer.model.text.NarrativeBlock;
import org.barometer.model.text.NarrativeBlock.ItemList;
import org.barometer.model.text.NarrativeBlock.ListKind;
import org.barometer.model.text.NarrativeBlock.Paragraph;
import org.barometer.model.text.NarrativeMarkup;
import org.barometer.model.text.TextRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The narrative markup: paragraphs, lists, bold and italic, and the text that must stay text. */
class NarrativeMarkupTest {

	private static TextRun plain(String text) {
		return new TextRun(text, false, false);
	}

	private static TextRun bold(String text) {
		return new TextRun(text, true, false);
	}

	private static TextRun italic(String text) {
		return new TextRun(text, false, true);
	}

	private static List<TextRun> runsOfOnlyParagraph(String narrative) {
		List<NarrativeBlock> blocks = NarrativeMarkup.parse(narrative);
		assertEquals(1, blocks.size(), "one paragraph in " + narrative);
		return assertInstanceOf(Paragraph.class, blocks.get(0)).runs();
	}

	// ------------------------------------------------------------------ blocks

	@Test
	void blankLinesSeparateParagraphsAndSingleBreaksAreWrapping() {
		List<NarrativeBlock> blocks = NarrativeMarkup.parse("First line\n  wrapped on.\n\n\n  Second.\n");
		assertEquals(List.of(new Paragraph(List.of(plain("First line wrapped on."))), new Paragraph(List.of(plain("Second.")))),
				blocks);
	}

	@Test
	void bulletLinesFormOneListAfterTheParagraphTheyFollow() {
		List<NarrativeBlock> blocks = NarrativeMarkup.parse("""
				The following companies were registered:
				- SMARTBIOTECH LLC;
				• CJSC Eurasian Railway Gateway.""");
		assertEquals(2, blocks.size());
		assertEquals("The following companies were registered:", assertInstanceOf(Paragraph.class, blocks.get(0)).plainText());
		ItemList list = assertInstanceOf(ItemList.class, blocks.get(1));
		assertEquals(ListKind.BULLET, list.kind());
		assertEquals(List.of("SMARTBIOTECH LLC;", "CJSC Eurasian Railway Gateway."),
				list.items().stream().map(NarrativeBlock.ListItem::plainText).toList());
	}

	@Test
	void anItemRunsToTheNextItemOrABlankLine() {
		List<NarrativeBlock> blocks = NarrativeMarkup.parse("- one\n  wrapped\n- two\n\nAfter the list.");
		ItemList list = assertInstanceOf(ItemList.class, blocks.get(0));
		assertEquals(List.of("one wrapped", "two"), list.items().stream().map(NarrativeBlock.ListItem::plainText).toList());
		assertEquals("After the list.", assertInstanceOf(Paragraph.class, blocks.get(1)).plainText());
	}

	@Test
	void itemsSeparatedByBlankLinesStayOneList() {
		List<NarrativeBlock> blocks = NarrativeMarkup.parse("2. second\n\n3. third");
		assertEquals(1, blocks.size());
		ItemList list = assertInstanceOf(ItemList.class, blocks.get(0));
		assertEquals(ListKind.NUMBERED, list.kind());
		assertEquals(2, list.start());
		assertEquals(List.of(2, 3), list.items().stream().map(NarrativeBlock.ListItem::number).toList());
	}

	@Test
	void aBulletAfterNumberedItemsStartsAnotherList() {
		List<NarrativeBlock> blocks = NarrativeMarkup.parse("1. first\n- bullet");
		assertEquals(List.of(ListKind.NUMBERED, ListKind.BULLET),
				blocks.stream().map(b -> assertInstanceOf(ItemList.class, b).kind()).toList());
	}

	@ParameterizedTest
	@ValueSource(strings = { "-5 degrees in Minsk.", "– an en dash is a dash.", "* a footnote star.", "2020.The year.",
			"1.5 billion dollars.", "1234. Too long a number.", "-", "- ", "12." })
	void linesThatAreNoItemsStayText(String line) {
		assertEquals(line.strip(), TextRun.plain(line.strip()).text());
		assertEquals(List.of(plain(line.strip())), runsOfOnlyParagraph(line));
	}

	@Test
	void aNumberAndADotStartingAWrappedLineIsAnItem() {
		// the rule an analyst must know: "2. " at the start of a line is a list item, wherever the line is
		List<NarrativeBlock> blocks = NarrativeMarkup.parse("The loan was granted in\n2. tranches");
		assertEquals(2, blocks.size());
		assertInstanceOf(ItemList.class, blocks.get(1));
	}

	// ------------------------------------------------------------------ emphasis

	@Test
	void boldAndItalicAsInIssue17() {
		assertEquals(List.of(plain("Tensions between Minsk and the "), bold("European Union"), plain(" continue.")),
				runsOfOnlyParagraph("Tensions between Minsk and the **European Union** continue."));
		assertEquals(List.of(plain("which impacted "), italic("inter alia"), plain(" NATO")),
				runsOfOnlyParagraph("which impacted *inter alia* NATO"));
		assertEquals(List.of(plain("he "), italic("\"Incited by …,\""), plain(" he stated")),
				runsOfOnlyParagraph("he *\"Incited by …,\"* he stated"));
	}

	@Test
	void emphasisMaySpanAWrappedLine() {
		assertEquals(List.of(plain("an important "), bold("regional security"), plain(" factor")),
				runsOfOnlyParagraph("an important **regional\n  security** factor"));
	}

	@Test
	void boldInsideItalicAndItalicInsideBold() {
		assertEquals(List.of(italic("the "), new TextRun("Slavic Brotherhood", true, true), italic(" exercise")),
				runsOfOnlyParagraph("*the **Slavic Brotherhood** exercise*"));
		assertEquals(List.of(bold("the "), new TextRun("Slavic Brotherhood", true, true), bold(" exercise")),
				runsOfOnlyParagraph("**the *Slavic Brotherhood* exercise**"));
		assertEquals(List.of(new TextRun("both", true, true), plain(" then plain")), runsOfOnlyParagraph("***both*** then plain"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Growth of 5* in the year.", "A star * alone.", "An *unclosed emphasis.", "Stars ** apart **.",
			"Too **** many.", "*", "**", "5*5 = 25 *" })
	void unmatchedStarsArePrintedAsWritten(String text) {
		assertEquals(List.of(plain(text)), runsOfOnlyParagraph(text));
	}

	@Test
	void emphasisDoesNotNestInItselfNorCross() {
		assertEquals(List.of(plain("*a "), bold("b* c")), runsOfOnlyParagraph("*a **b* c**"));
		assertEquals(List.of(italic("a *b"), plain(" c*")), runsOfOnlyParagraph("*a *b* c*"));
	}

	@Test
	void emphasisEndsWithItsParagraphOrItem() {
		List<NarrativeBlock> blocks = NarrativeMarkup.parse("- *one\n- two*");
		ItemList list = assertInstanceOf(ItemList.class, blocks.get(0));
		assertEquals(List.of(plain("*one")), list.items().get(0).runs());
		assertEquals(List.of(plain("two*")), list.items().get(1).runs());
	}

	@Test
	void emphasisInsideListItems() {
		ItemList list = assertInstanceOf(ItemList.class, NarrativeMarkup.parse("- **MAZ** trucks").get(0));
		assertEquals(List.of(bold("MAZ"), plain(" trucks")), list.items().get(0).runs());
	}

	// ------------------------------------------------------------------ plain text

	@Test
	void plainTextDropsTheStarsAndWritesItemsOnTheirLines() {
		assertEquals("Companies:\n\n\u2022 SMART LLC;\n\u2022 CJSC.\n\nThe * lone star, 5* and the European Union.",
				NarrativeMarkup.plainText(
						"Companies:\n- **SMART** LLC;\n- CJSC.\n\nThe * lone star, 5* and the **European Union**."));
		assertEquals("1. first 2. second", NarrativeMarkup.plainLine("1. *first*\n2. second"));
		assertEquals("", NarrativeMarkup.plainText(null));
	}

	// ------------------------------------------------------------------ spans in the source

	@Test
	void spansLocateStarsEmphasisAndListMarkersInTheSource() {
		String source = "Intro **EU** and\n  - *inter\n    alia* x";
		List<MarkupSpan> spans = NarrativeMarkup.spans(source);
		assertEquals(List.of("** EMPHASIS_MARKER", "EU BOLD", "** EMPHASIS_MARKER", "- LIST_MARKER", "* EMPHASIS_MARKER",
				"inter ITALIC", "alia ITALIC", "* EMPHASIS_MARKER"),
				spans.stream().map(s -> source.substring(s.offset(), s.end()).strip() + " " + s.kind()).toList());
	}

	/** Whatever is typed, the printed text is the typed text less the stars that became emphasis and the list markers. */
	@Property(tries = 500)
	void nothingTypedIsLostButMarkup(@ForAll @StringLength(max = 60) @Chars({ '*', ' ', '\n', '-', '1', '.', 'a', 'b' })
	@CharRange(from = 'x', to = 'z') String typed) {
		String printed = NarrativeMarkup.plainText(typed).replaceAll("[\\s\u2022]", "");
		String letters = typed.replaceAll("[^abxyz]", "");
		assertEquals(letters, printed.replaceAll("[^abxyz]", ""));
		int markupStars = NarrativeMarkup.spans(typed).stream().filter(s -> s.kind() == MarkupSpan.Kind.EMPHASIS_MARKER)
				.mapToInt(MarkupSpan::length).sum();
		assertEquals(count(typed, '*') - markupStars, count(printed, '*'));
		assertTrue(markupStars % 2 == 0, "stars come in pairs");
	}

	private static long count(String text, char c) {
		return text.chars().filter(ch -> ch == c).count();
	}
}
