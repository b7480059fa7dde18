package org.barometer.export.tests;

import static org.barometer.export.tests.DocxAssertions.assertPageNumberFooter;
import static org.barometer.export.tests.DocxAssertions.assertRow;
import static org.barometer.export.tests.DocxAssertions.assertTableLayout;
import static org.barometer.export.tests.DocxAssertions.twips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.barometer.export.docx.DocxTemplate;
import org.barometer.export.docx.InvalidTemplateException;
import org.barometer.export.docx.IssueDocxWriter;
import org.barometer.export.docx.StyleIds;
import org.barometer.model.Issue;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecuritySection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** A whole issue in Word: the published order of its parts, their styles, its sections and template. */
class IssueDocxWriterTest {

	@TempDir
	Path folder;

	@Test
	void everyPartInThePublishedOrderWithItsStyle() throws IOException {
		Issue issue = ExampleIssues.narrative();
		Path file = folder.resolve("issue.docx");
		new IssueDocxWriter(DocxTemplate.bundled(), false).write(issue, file);
		try (XWPFDocument document = AppendixDocxWriterTest.read(file)) {
			List<String> outline = new ArrayList<>();
			for (XWPFParagraph p : document.getParagraphs()) {
				String style = p.getStyleID();
				if (style != null && (style.startsWith("Heading") || style.equals("Title") || style.equals("Subtitle"))) {
					outline.add(style + ": " + p.getText());
				}
			}
			assertEquals(List.of("Title: Minsk Barometer", "Subtitle: № 18 (November and December 2020)",
					"Heading1: From the editor", "Heading1: Index summary",
					"Heading1: Relationship with Russia", "Heading2: Trends", "Heading2: Developments and processes",
					"Heading3: Political agenda", "Heading3: Crude oil, natural gas, nuclear power plant and loan", "Heading2: Forecast",
					"Heading1: Relationship with the European Union", "Heading2: Trends", "Heading2: Forecast",
					"Heading1: Security Barometer: status of national and regional security", "Heading2: Trends", "Heading2: 1. National security", "Heading3: Internal situation",
					"Heading2: 2. Regional security", "Heading3: Exercises in the region", "Heading2: Forecast",
					"Heading1: Appendix 1", "Heading2: Relationship with Russia", "Heading2: Relationship with the EU",
					"Heading1: Appendix 2", "Heading1: Appendix 3", "Heading1: Authors"), outline);

			List<String> letter = texts(document, "BodyText").subList(0, 3);
			assertTrue(letter.get(0).startsWith("We are glad to present the eighteenth issue"), letter.get(0));
			assertFalse(letter.get(0).contains("\n"), "hard-wrapped lines of a text block are joined");
			assertEquals("Dzianis Melyantsou", texts(document, "Signature").get(0));

			RelationshipSection russia = issue.getSections().get(0);
			assertEquals(List.of("Aggregate index: " + Expected.signed(Expected.total(russia)),
					"Positive points: " + Expected.signed(Expected.positive(russia)),
					"Negative points: " + Expected.signed(Expected.negative(russia))), texts(document, "IndexFigure").subList(0, 3));
			SecuritySection security = issue.getSecurity();
			assertEquals(List.of("National security index: " + Expected.signed(Expected.national(security)),
					"Regional tension index: " + Expected.regionalTotal(security, issue.getProfile().getScale())),
					texts(document, "IndexFigure").subList(6, 8));
			assertEquals("1.\tRussia continues to support Belarus in its endeavor to cut itself off from the European Union and the United States.",
					texts(document, "Trend").get(0));
			assertEquals(List.of("Valeria Kostyugova", "Dzianis Melyantsou", "Andrei Porotnikov"), texts(document, "SectionAuthor"));

			XWPFTable summary = document.getTables().get(0);
			assertTableLayout(summary, Expected.PORTRAIT_TEXT_WIDTH, 4, "index summary");
			for (int s = 0; s < issue.getSections().size(); s++) {
				RelationshipSection section = issue.getSections().get(s);
				assertRow(summary.getRow(s + 1), new String[] { section.getRelationship().getTitle(), Expected.signed(Expected.total(section)),
						Expected.signed(Expected.positive(section)), Expected.signed(Expected.negative(section)) },
						new String[] { "TableText", "TableScore", "TableScore", "TableScore" }, "summary of " + section.getRelationship().getName());
			}
			XWPFTable securitySummary = document.getTables().get(1);
			assertRow(securitySummary.getRow(2), new String[] { "Regional tension", Expected.regionalTotal(security, issue.getProfile().getScale()) },
					new String[] { "TableText", "TableScore" }, "security summary");

			XWPFTable supporting = document.getTables().get(2);
			assertTableLayout(supporting, Expected.PORTRAIT_TEXT_WIDTH, 4, "Table 1");
			assertEquals("Table 1. Exercises in the region", texts(document, "TableCaption").get(1));
			assertRow(supporting.getRow(1), new String[] { "November", "Kaliningrad Region", "Exercise of the Baltic Fleet", "Up to 1,000 servicemen" },
					new String[] { "TableText", "TableText", "TableText", "TableText" }, "Table 1 row 1");

			List<XWPFParagraph> authors = document.getParagraphs().stream().filter(p -> "AuthorEntry".equals(p.getStyleID())).toList();
			assertEquals(3, authors.size());
			assertEquals("Valeria Kostyugova", authors.get(0).getRuns().get(0).text());
			assertEquals("AuthorName", authors.get(0).getRuns().get(0).getStyle());
			assertTrue(authors.get(0).getText().endsWith("Research interests: Belarus-Russia relationship, Belarusian political parties."));

			assertNoParagraphWithoutStyle(document);
			assertEquals(1, sections(document).size(), "portrait throughout");
		}
	}

	@Test
	void landscapeAppendicesBetweenPortraitPartsKeepThePageNumbers() throws IOException {
		Issue issue = ExampleIssues.narrative();
		Path file = folder.resolve("landscape.docx");
		new IssueDocxWriter(DocxTemplate.bundled(), true).write(issue, file);
		try (XWPFDocument document = AppendixDocxWriterTest.read(file)) {
			List<CTSectPr> sections = sections(document);
			assertEquals(3, sections.size(), "portrait, landscape appendices, portrait authors");
			boolean[] landscape = { false, true, false };
			for (int s = 0; s < 3; s++) {
				CTSectPr section = sections.get(s);
				long w = twips(section.getPgSz().getW());
				long h = twips(section.getPgSz().getH());
				assertEquals(landscape[s], w > h, "section " + s + " orientation");
				assertEquals(landscape[s], section.getPgSz().getOrient() == STPageOrientation.LANDSCAPE, "section " + s + " orient");
				assertFalse(section.isSetPgNumType() && section.getPgNumType().isSetStart(), "section " + s + " restarts the page numbers");
				// the page number footer, and the cover's empty one (used by the first section alone)
				assertEquals(2, section.sizeOfFooterReferenceArray(), "section " + s + " has the page number footer");
				assertTrue(section.getFooterReferenceList().stream().anyMatch(r -> r.getType() == STHdrFtr.DEFAULT),
						"section " + s + " has the page number footer");
			}
			// the appendices sit between the first and the second section break
			List<IBodyElement> body = document.getBodyElements();
			int firstBreak = indexOfBreak(body, 0);
			int secondBreak = indexOfBreak(body, firstBreak + 1);
			int appendix = indexOfText(body, "Appendix 1");
			int authors = indexOfText(body, "Authors");
			assertTrue(firstBreak < appendix && appendix < secondBreak && secondBreak < authors,
					firstBreak + " < " + appendix + " < " + secondBreak + " < " + authors);
			assertPageNumberFooter(document);
			AppendixDocxWriterTest.assertAppendices(document, issue, Expected.LANDSCAPE_TEXT_WIDTH, "landscape issue");
		}
	}

	@Test
	void aUsersTemplateRestylesKeepsItsFooterAndGetsTheStylesItLacks() throws IOException, InvalidTemplateException {
		Path templateFile = folder.resolve("house-style.docx");
		try (XWPFDocument house = new XWPFDocument(); OutputStream out = Files.newOutputStream(templateFile)) {
			XWPFStyles styles = house.createStyles();
			CTStyle heading = CTStyle.Factory.newInstance();
			heading.setStyleId("Heading1");
			heading.setType(STStyleType.PARAGRAPH);
			heading.addNewName().setVal("heading 1");
			heading.addNewRPr().addNewColor().setVal("C00000");
			styles.addStyle(new XWPFStyle(heading, styles));
			house.createParagraph().createRun().setText("This sample text is dropped.");
			house.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("House footer");
			house.write(out);
		}
		Issue issue = ExampleIssues.examples().get(0);
		Path file = folder.resolve("restyled.docx");
		new IssueDocxWriter(DocxTemplate.of(templateFile), false).write(issue, file);
		try (XWPFDocument document = AppendixDocxWriterTest.read(file)) {
			assertEquals("C00000", document.getStyles().getStyle("Heading1").getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue(),
					"the template's own Heading1 is kept");
			for (String style : StyleIds.ALL) {
				assertNotNull(document.getStyles().getStyle(style), "style " + style + " copied from the bundled template");
			}
			assertFalse(document.getParagraphs().stream().anyMatch(p -> p.getText().contains("sample text")), "the template's body is dropped");
			XWPFFooter footer = document.getHeaderFooterPolicy().getDefaultFooter();
			// kept, not doubled; its lack of a page number is made up by a paragraph of its own (see PrintReadyIssueTest)
			assertEquals("House footer", footer.getParagraphs().get(0).getText(), "the template's footer is kept, not doubled");
			assertEquals(2, footer.getParagraphs().size(), "the house footer, then the page number added to it");
			AppendixDocxWriterTest.assertAppendices(document, issue, Expected.PORTRAIT_TEXT_WIDTH, "restyled");
		}
	}

	@Test
	void aFileThatIsNoWordDocumentIsRefusedWithItsName() throws IOException {
		Path notWord = Files.writeString(folder.resolve("notes.docx"), "just text");
		InvalidTemplateException e = assertThrows(InvalidTemplateException.class, () -> DocxTemplate.of(notWord));
		assertTrue(e.getMessage().startsWith(notWord + ": not a Word document"), e.getMessage());
		InvalidTemplateException missing = assertThrows(InvalidTemplateException.class, () -> DocxTemplate.of(folder.resolve("none.docx")));
		assertTrue(missing.getMessage().endsWith("no such template file"), missing.getMessage());
	}

	private static void assertNoParagraphWithoutStyle(XWPFDocument document) {
		for (XWPFParagraph p : document.getParagraphs()) {
			boolean sectionBreak = p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr();
			if (!sectionBreak) {
				assertNotNull(p.getStyleID(), "a paragraph without a style: " + p.getText());
				assertNotNull(document.getStyles().getStyle(p.getStyleID()), "undefined style " + p.getStyleID());
			}
		}
	}

	/** Every section's page setup, in document order: the section breaks', then the body's. */
	static List<CTSectPr> sections(XWPFDocument document) {
		List<CTSectPr> sections = new ArrayList<>();
		for (XWPFParagraph p : document.getParagraphs()) {
			if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()) {
				sections.add(p.getCTP().getPPr().getSectPr());
			}
		}
		sections.add(document.getDocument().getBody().getSectPr());
		return sections;
	}

	private static List<String> texts(XWPFDocument document, String style) {
		return document.getParagraphs().stream().filter(p -> style.equals(p.getStyleID())).map(XWPFParagraph::getText).toList();
	}

	private static int indexOfBreak(List<IBodyElement> body, int from) {
		for (int i = from; i < body.size(); i++) {
			if (body.get(i) instanceof XWPFParagraph p && p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()) {
				return i;
			}
		}
		return -1;
	}

	/** The heading with this text (not its entry in the contents). */
	private static int indexOfText(List<IBodyElement> body, String text) {
		for (int i = 0; i < body.size(); i++) {
			if (body.get(i) instanceof XWPFParagraph p && text.equals(p.getText()) && "Heading1".equals(p.getStyleID())) {
				return i;
			}
		}
		return -1;
	}
}
