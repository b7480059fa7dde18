package org.barometer.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.barometer.export.docx.DocxTemplate;
import org.barometer.export.docx.IssueDocxWriter;
import org.barometer.model.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Narrative text in Word: paragraphs, real lists (numbering definitions the list paragraphs
 * use, hanging indents) and real bold and italic runs; never a typed bullet or a star.
 */
class NarrativeDocxTest {

	private static final String PROFILE = """
			profile T scores from -3 to +3 relationships { Russia "Russia" }
			""";

	private static final String ISSUE = """
			issue 1 of T period November-December 2020
			relationship Russia {
			  trends
			    1. "Support with **real actions**."
			  developments
			    "Great Stone" {
			      \"""Two companies were registered:
			      1. Solidpipe System LLC;
			      2. Xinwei-Velozavod LLC.\"""
			    }
			  forecast \"""
			    Two interests meet:
			    - Belarus needs **intermediaries**
			      for its dialogue with the West.
			    - Ukraine wants *new markets*. Both will keep talking.

			    Relations - as before - stay cold, the index fell to
			    -3 and then to
			    -5 points, 5* lower.

			    3. the third point
			    4. the fourth point
			    \"""
			  events 1 November "A" +1
			}
			""";

	@TempDir
	Path folder;

	private XWPFDocument export() throws IOException {
		Issue issue = ExampleIssues.parse(PROFILE, ISSUE);
		Path file = folder.resolve("narrative.docx");
		new IssueDocxWriter(DocxTemplate.bundled(), false).write(issue, file);
		return AppendixDocxWriterTest.read(file);
	}

	@Test
	void paragraphsAndListItemsWithTheirStyles() throws IOException {
		try (XWPFDocument document = export()) {
			List<String> narrative = new ArrayList<>();
			for (XWPFParagraph p : document.getParagraphs()) {
				if (List.of("BodyText", "ListBullet", "ListNumber").contains(p.getStyleID())) {
					narrative.add(p.getStyleID() + ": " + p.getText());
				}
			}
			assertEquals(List.of("BodyText: Two companies were registered:", "ListNumber: Solidpipe System LLC;",
					"ListNumber: Xinwei-Velozavod LLC.", "BodyText: Two interests meet:",
					"ListBullet: Belarus needs intermediaries for its dialogue with the West.",
					"ListBullet: Ukraine wants new markets. Both will keep talking.",
					"BodyText: Relations - as before - stay cold, the index fell to -3 and then to -5 points, 5* lower.",
					"ListNumber: the third point", "ListNumber: the fourth point"), narrative);
			for (XWPFParagraph p : document.getParagraphs()) {
				assertFalse(p.getText().contains("\u2022") || p.getText().contains("**"), "no typed bullet or stars: " + p.getText());
			}
		}
	}

	@Test
	void listParagraphsUseBulletAndDecimalDefinitionsWithHangingIndents() throws IOException {
		try (XWPFDocument document = export()) {
			XWPFNumbering numbering = document.getNumbering();
			assertNotNull(numbering, "numbering.xml is written");
			List<XWPFParagraph> bullets = styled(document, "ListBullet");
			List<XWPFParagraph> numbered = styled(document, "ListNumber");
			BigInteger bulletList = bullets.get(0).getNumID();
			assertNotNull(bulletList, "a bullet item is numbered by a list definition");
			assertEquals(bulletList, bullets.get(1).getNumID(), "one list");
			CTLvl bullet = level(numbering, bulletList);
			assertEquals(STNumberFormat.BULLET, bullet.getNumFmt().getVal());
			assertEquals("\u2022", bullet.getLvlText().getVal());
			assertHanging(bullet);

			BigInteger developmentList = numbered.get(0).getNumID();
			BigInteger forecastList = numbered.get(2).getNumID();
			assertEquals(developmentList, numbered.get(1).getNumID());
			assertEquals(forecastList, numbered.get(3).getNumID());
			assertNotEquals(developmentList, forecastList, "each numbered list counts on its own");
			CTLvl decimal = level(numbering, forecastList);
			assertEquals(STNumberFormat.DECIMAL, decimal.getNumFmt().getVal());
			assertEquals("%1.", decimal.getLvlText().getVal());
			assertHanging(decimal);
			assertEquals(1, start(numbering, developmentList));
			assertEquals(3, start(numbering, forecastList), "the list starts at the analyst's first number");

			for (String style : List.of("ListBullet", "ListNumber")) {
				var indent = document.getStyles().getStyle(style).getCTStyle().getPPr().getInd();
				assertTrue(DocxAssertions.twips(indent.getHanging()) > 0, style + " has a hanging indent");
			}
		}
	}

	@Test
	void emphasisIsBoldAndItalicRuns() throws IOException {
		try (XWPFDocument document = export()) {
			XWPFParagraph item = styled(document, "ListBullet").get(0);
			assertEquals(List.of("Belarus needs |plain", "intermediaries|bold", " for its dialogue with the West.|plain"),
					runs(item));
			assertEquals(List.of("Ukraine wants |plain", "new markets|italic", ". Both will keep talking.|plain"),
					runs(styled(document, "ListBullet").get(1)));
			XWPFParagraph trend = styled(document, "Trend").get(0);
			assertEquals("1.\tSupport with real actions.", trend.getText());
			assertTrue(runs(trend).contains("real actions|bold"), runs(trend).toString());
		}
	}

	private static void assertHanging(CTLvl level) {
		assertTrue(DocxAssertions.twips(level.getPPr().getInd().getHanging()) > 0, "hanging indent");
		assertTrue(DocxAssertions.twips(level.getPPr().getInd().getLeft()) >= DocxAssertions.twips(level.getPPr().getInd().getHanging()));
	}

	private static CTLvl level(XWPFNumbering numbering, BigInteger numId) {
		BigInteger abstractId = numbering.getNum(numId).getCTNum().getAbstractNumId().getVal();
		CTAbstractNum definition = numbering.getAbstractNum(abstractId).getCTAbstractNum();
		return definition.getLvlArray(0);
	}

	private static int start(XWPFNumbering numbering, BigInteger numId) {
		CTNum num = numbering.getNum(numId).getCTNum();
		if (num.sizeOfLvlOverrideArray() > 0 && num.getLvlOverrideArray(0).isSetStartOverride()) {
			return num.getLvlOverrideArray(0).getStartOverride().getVal().intValue();
		}
		return level(numbering, numId).getStart().getVal().intValue();
	}

	private static List<XWPFParagraph> styled(XWPFDocument document, String style) {
		return document.getParagraphs().stream().filter(p -> style.equals(p.getStyleID())).toList();
	}

	private static List<String> runs(XWPFParagraph paragraph) {
		List<String> runs = new ArrayList<>();
		for (XWPFRun run : paragraph.getRuns()) {
			String text = run.text();
			if (text.isEmpty() || text.equals("\t") || text.equals("1.\t") || text.equals("1.")) {
				continue;
			}
			runs.add(text + "|" + (run.isBold() && run.isItalic() ? "bold italic" : run.isBold() ? "bold" : run.isItalic() ? "italic" : "plain"));
		}
		return runs;
	}
}
