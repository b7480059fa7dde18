package org.barometer.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.barometer.export.docx.AppendixDocxWriter;
import org.barometer.export.docx.DocxTemplate;
import org.barometer.export.docx.IssueDocxWriter;
import org.barometer.model.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The whole issue as the publication prints it (issue 12): a cover without page number, a
 * table of contents field filled with the sections, a running header, the titles the
 * published issues use, the letter's closing block, no subheading repeating its heading.
 */
class PrintReadyIssueTest {

	@TempDir
	Path folder;

	private XWPFDocument issue18(boolean landscape) throws IOException {
		Issue issue = ExampleIssues.examples().get(1);
		Path file = folder.resolve("issue-18" + (landscape ? "-landscape" : "") + ".docx");
		new IssueDocxWriter(DocxTemplate.bundled(), landscape).write(issue, file);
		return AppendixDocxWriterTest.read(file);
	}

	@Test
	void theCoverHasNoPageNumberAndTheOtherPagesARunningHeader() throws IOException {
		try (XWPFDocument document = issue18(true)) {
			List<CTSectPr> sections = IssueDocxWriterTest.sections(document);
			assertTrue(sections.get(0).isSetTitlePg(), "the first section has a different first page: the cover");
			for (int s = 1; s < sections.size(); s++) {
				assertFalse(sections.get(s).isSetTitlePg(), "section " + s + " starts with a numbered page");
			}
			XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
			XWPFFooter coverFooter = policy.getFirstPageFooter();
			XWPFHeader coverHeader = policy.getFirstPageHeader();
			assertNotNull(coverFooter, "the cover's own footer");
			assertNotNull(coverHeader, "the cover's own header");
			assertFalse(coverFooter._getHdrFtr().xmlText().contains("PAGE"), "no page number on the cover");
			assertEquals("", coverFooter.getText().strip());
			assertEquals("", coverHeader.getText().strip(), "no running header on the cover");
			DocxAssertions.assertPageNumberFooter(document);
			XWPFHeader running = policy.getDefaultHeader();
			assertNotNull(running, "a running header");
			assertEquals("Minsk Barometer · № 18 · November and December 2020", running.getText().strip());
			assertEquals("Header", running.getParagraphs().get(0).getStyleID());
			for (CTSectPr section : sections) {
				assertEquals(2, section.sizeOfHeaderReferenceArray(), "every section refers to the running and the cover header");
			}
		}
	}

	@Test
	void theContentsAreATocFieldFilledWithTheSectionsAndAppendices() throws IOException {
		try (XWPFDocument document = issue18(false)) {
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			int contents = indexOf(paragraphs, "TOCHeading");
			assertEquals("Contents", paragraphs.get(contents).getText());
			assertTrue(contents > indexOfText(paragraphs, "From the editor"), "the contents follow the letter, as in issue 17");
			String first = paragraphs.get(contents + 1).getCTP().xmlText();
			assertTrue(first.contains("TOC \\o \"1-1\""), "a TOC field over the headings: " + first);
			assertTrue(document.getSettings().getCTSettings().isSetUpdateFields(), "Word updates the fields on opening");

			List<String> entries = new ArrayList<>();
			for (XWPFParagraph p : paragraphs.subList(contents + 1, paragraphs.size())) {
				if (!"TOC1".equals(p.getStyleID()) && !"TOC2".equals(p.getStyleID())) {
					break;
				}
				entries.add(p.getStyleID() + ": " + p.getText().strip());
			}
			assertTrue(paragraphs.get(contents + entries.size()).getCTP().xmlText().contains("fldCharType=\"end\""),
					"the field ends with the last entry");
			assertEquals(List.of("TOC1: Index summary", "TOC1: Relationship with Russia", "TOC1: Relationship with the European Union",
					"TOC1: Relationship with China", "TOC1: Relationship with the U.S.", "TOC1: Relationship with Ukraine",
					"TOC1: Security Barometer: status of national and regional security", "TOC1: Appendix 1",
					"TOC2: Catalogue of events underlying the relations development indices", "TOC1: Appendix 2",
					"TOC2: Catalogue of events underlying the security indices", "TOC1: Appendix 3",
					"TOC2: Colour scale of regional security tensions"), entries);
		}
	}

	@Test
	void sectionAndAppendixTitlesAsThePublicationPrintsThem() throws IOException {
		try (XWPFDocument document = issue18(false)) {
			List<String> headings1 = texts(document, "Heading1");
			assertTrue(headings1.contains("Relationship with the European Union"), headings1.toString());
			assertTrue(headings1.contains("Security Barometer: status of national and regional security"), headings1.toString());
			List<String> headings2 = texts(document, "Heading2");
			assertTrue(headings2.contains("Relationship with the EU"), "Appendix 1 uses the profile's short name: " + headings2);
			assertFalse(headings2.contains("Relationship with the European Union"), headings2.toString());
		}
	}

	@Test
	void noSubheadingRepeatsItsSectionsHeading() throws IOException {
		try (XWPFDocument document = issue18(false)) {
			String heading2 = null;
			for (XWPFParagraph p : document.getParagraphs()) {
				if ("Heading2".equals(p.getStyleID())) {
					heading2 = p.getText();
				} else if ("Heading3".equals(p.getStyleID())) {
					assertFalse(p.getText().equalsIgnoreCase(heading2), "\"" + p.getText() + "\" printed twice");
				}
			}
			// issue 18's EU and China sections have a single development titled like the heading: its text stays
			assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("The months of November and December of 2020 saw")),
					"the development's text is kept");
		}
	}

	@Test
	void theLettersClosingBlockIsClosingNameAndRoleEachOnALineAndTheNameOnce() throws IOException {
		try (XWPFDocument document = issue18(false)) {
			assertEquals(List.of("Yours respectfully,"), texts(document, "Closing"));
			assertEquals(List.of("Dzianis Melyantsou"), texts(document, "Signature"));
			assertEquals(List.of("Editor, Minsk Barometer", "Minsk Dialogue Council on International Relations,",
					"Belarus’s Foreign Policy Programme Coordinator"), texts(document, "SignatureRole"));
			for (String body : texts(document, "BodyText")) {
				assertFalse(body.contains("Yours respectfully"), "the closing is not run into the text: " + body);
				assertFalse(body.contains("Dzianis Melyantsou"), "the name is printed once: " + body);
			}
			// the block follows the letter's last paragraph directly
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			int closing = indexOf(paragraphs, "Closing");
			assertTrue(paragraphs.get(closing - 1).getText().startsWith("In the security sphere"), paragraphs.get(closing - 1).getText());
			assertEquals("Signature", paragraphs.get(closing + 1).getStyleID());
		}
	}

	@Test
	void aHouseTemplateWhoseFooterHasNoPageNumberGetsOneAndSaysSo() throws Exception {
		Path templateFile = folder.resolve("house.docx");
		try (XWPFDocument house = new XWPFDocument(); OutputStream out = Files.newOutputStream(templateFile)) {
			house.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Minsk Dialogue Council");
			house.write(out);
		}
		DocxTemplate template = DocxTemplate.of(templateFile);
		assertTrue(template.footerLacksPageNumber(), "the export tells that it adds the page number");
		assertFalse(DocxTemplate.bundled().footerLacksPageNumber());
		Issue issue = ExampleIssues.examples().get(1);
		for (Path file : List.of(folder.resolve("issue.docx"), folder.resolve("appendices.docx"))) {
			if (file.getFileName().toString().startsWith("issue")) {
				new IssueDocxWriter(template, false).write(issue, file);
			} else {
				new AppendixDocxWriter(template, false).write(issue, file);
			}
			try (XWPFDocument document = AppendixDocxWriterTest.read(file)) {
				XWPFFooter footer = document.getHeaderFooterPolicy().getDefaultFooter();
				assertTrue(footer.getText().contains("Minsk Dialogue Council"), "the house footer is kept: " + file.getFileName());
				assertTrue(footer._getHdrFtr().xmlText().contains(" PAGE "), "the page number is added: " + file.getFileName());
			}
		}
		// a template that has its page number keeps its footer as it is
		Path numbered = folder.resolve("issue-numbered.docx");
		new IssueDocxWriter(DocxTemplate.bundled(), false).write(issue, numbered);
		assertFalse(DocxTemplate.of(numbered).footerLacksPageNumber());
	}

	private static List<String> texts(XWPFDocument document, String style) {
		return document.getParagraphs().stream().filter(p -> style.equals(p.getStyleID())).map(XWPFParagraph::getText).toList();
	}

	private static int indexOf(List<XWPFParagraph> paragraphs, String style) {
		for (int i = 0; i < paragraphs.size(); i++) {
			if (style.equals(paragraphs.get(i).getStyleID())) {
				return i;
			}
		}
		throw new AssertionError("no paragraph in style " + style);
	}

	private static int indexOfText(List<XWPFParagraph> paragraphs, String text) {
		for (int i = 0; i < paragraphs.size(); i++) {
			if (text.equals(paragraphs.get(i).getText())) {
				return i;
			}
		}
		throw new AssertionError("no paragraph " + text);
	}
}
