package org.barometer.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.barometer.importer.docx.DocxSourceReader;
import org.barometer.importer.source.SourceDocument;
import org.barometer.importer.source.SourceLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Word reader on manuscripts built with POI as Word writes them. */
class DocxSourceReaderTest {

	@TempDir
	Path folder;

	private final DocxSourceReader reader = new DocxSourceReader();

	private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		if (style != null) {
			paragraph.setStyle(style);
		}
		if (text != null) {
			paragraph.createRun().setText(text);
		}
		return paragraph;
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setItalic(italic);
		return run;
	}

	private Path save(XWPFDocument document, String name) throws Exception {
		Path file = folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			document.write(out);
		}
		document.close();
		return file;
	}

	@Test
	void headingsParagraphsListsAndEmphasisInOrder() throws Exception {
		XWPFDocument document = new XWPFDocument();
		WordLists lists = new WordLists(document);
		paragraph(document, "Heading1", "Relationship with the European Union");
		paragraph(document, null, "Aggregate index: -14");
		paragraph(document, "Heading2", "Trends");
		BigInteger trends = lists.numbered(1);
		XWPFParagraph first = paragraph(document, null, null);
		run(first, "New turns of the ", false, false);
		run(first, "downward crisis spiral ", true, false);
		run(first, "in the relationship.", false, false);
		WordLists.item(first, trends, 0);
		WordLists.item(paragraph(document, null, "Relations remained tense with Poland."), trends, 0);
		WordLists.item(paragraph(document, null, "with Lithuania, in particular"), trends, 1);
		WordLists.item(paragraph(document, null, "The progress of escalation is still lower."), trends, 0);
		BigInteger bullets = lists.bulleted();
		WordLists.item(paragraph(document, null, "SMARTBIOTECH LLC (Belarus);"), bullets, 0);
		XWPFParagraph emphasis = paragraph(document, null, null);
		run(emphasis, "The exercise ", false, false);
		run(emphasis, "Slavic Brotherhood", false, true);
		run(emphasis, " was ", false, false);
		run(emphasis, "quadrupled", true, true);
		run(emphasis, ".", false, false);
		paragraph(document, null, "\u2022\u00a0a bullet as the export types it");
		BigInteger restarted = lists.numbered(3);
		WordLists.item(paragraph(document, null, "a list that starts at three"), restarted, 0);

		SourceDocument read = reader.read(save(document, "manuscript.docx"));
		assertEquals(List.of("Relationship with the European Union", "Aggregate index: -14", "Trends",
				"1. New turns of the **downward crisis spiral** in the relationship.",
				"2. Relations remained tense with Poland.",
				"a) with Lithuania, in particular",
				"3. The progress of escalation is still lower.",
				"- SMARTBIOTECH LLC (Belarus);",
				"The exercise *Slavic Brotherhood* was ***quadrupled***.",
				"- a bullet as the export types it",
				"3. a list that starts at three"), SourceLines.texts(read));
		// paragraphs are set apart by a blank line, as the narrative markup reads them
		assertEquals(List.of("Relationship with the European Union", "", "Aggregate index: -14"),
				read.lines().subList(0, 3).stream().map(SourceLine::text).toList());
		assertEquals(0, read.lines().get(0).page(), "without page breaks Word alone knows the pages");
		// a list's items follow each other, as the published text prints them; a blank line after the list
		int firstItem = read.lines().indexOf(SourceLines.find(read, "1. New turns of the **downward crisis spiral** in the relationship."));
		assertEquals(List.of("2. Relations remained tense with Poland.", "a) with Lithuania, in particular",
				"3. The progress of escalation is still lower.", "- SMARTBIOTECH LLC (Belarus);", ""),
				read.lines().subList(firstItem + 1, firstItem + 6).stream().map(SourceLine::text).toList());
	}

	@Test
	void tablesRowByRowWithCellsSeparatedByTabs() throws Exception {
		XWPFDocument document = new XWPFDocument();
		paragraph(document, "Heading2", "Relationship with Russia");
		XWPFTable table = document.createTable(4, 3);
		fill(table, 0, "Date", "Event", "Score");
		fill(table, 1, "1 November", "Reduction in roaming fees", "+1");
		fill(table, 2, "3 November", "Connection of the first unit", "+2");
		XWPFTableCell wrapped = table.getRow(2).getCell(1);
		wrapped.addParagraph().createRun().setText("to the national grid");
		fill(table, 3, "Total", "", "+3");
		table.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).setBold(true);
		paragraph(document, null, "After the table.");

		SourceDocument read = reader.read(save(document, "tables.docx"));
		assertEquals(List.of("Relationship with Russia", "Date\tEvent\tScore", "1 November\tReduction in roaming fees\t+1",
				"3 November\tConnection of the first unit to the national grid\t+2", "Total\t\t+3", "After the table."),
				SourceLines.texts(read));
		int header = read.lines().indexOf(SourceLines.find(read, "Date\tEvent\tScore"));
		assertEquals("1 November\tReduction in roaming fees\t+1", read.lines().get(header + 1).text(), "rows follow each other");
	}

	@Test
	void pagesCountedFromExplicitBreaks() throws Exception {
		XWPFDocument document = new XWPFDocument();
		paragraph(document, null, "On the first page");
		paragraph(document, null, "Still the first page");
		XWPFParagraph split = paragraph(document, null, "Before the break");
		split.createRun().addBreak(BreakType.PAGE);
		split.createRun().setText("after the break");
		XWPFParagraph before = paragraph(document, null, "A paragraph that starts a page");
		before.setPageBreak(true);

		SourceDocument read = reader.read(save(document, "pages.docx"));
		assertEquals(1, SourceLines.find(read, "On the first page").page());
		assertEquals(1, SourceLines.find(read, "Before the break").page());
		assertEquals(2, SourceLines.find(read, "after the break").page());
		assertEquals(1, SourceLines.find(read, "after the break").line());
		assertEquals(3, SourceLines.find(read, "A paragraph that starts a page").page());
		assertEquals(3, SourceLines.find(read, "Still the first page").line());
	}

	private static void fill(XWPFTable table, int row, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			XWPFTableCell cell = table.getRow(row).getCell(i);
			if (!cells[i].isEmpty()) {
				cell.getParagraphs().get(0).createRun().setText(cells[i]);
			}
		}
	}

	@Test
	void aStyleThatStartsAPageCountsAsABreak() throws Exception {
		XWPFDocument document = new XWPFDocument();
		XWPFStyles styles = document.createStyles();
		CTStyle chapter = CTStyle.Factory.newInstance();
		chapter.setStyleId("Chapter");
		chapter.setType(STStyleType.PARAGRAPH);
		chapter.addNewPPr().addNewPageBreakBefore();
		styles.addStyle(new XWPFStyle(chapter, styles));
		paragraph(document, "Chapter", "From the editor");
		paragraph(document, null, "Dear readers!");
		paragraph(document, "Chapter", "Relationship with Russia");

		SourceDocument read = reader.read(save(document, "chapters.docx"));
		assertEquals(1, SourceLines.find(read, "From the editor").page(), "a break before the first line makes no empty page");
		assertEquals(1, SourceLines.find(read, "Dear readers!").page());
		assertEquals(2, SourceLines.find(read, "Relationship with Russia").page());
	}
}
