package org.barometer.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** Checks on the structure of exported Word tables and pages, read back with POI. */
final class DocxAssertions {

	private DocxAssertions() {
	}

	/** Style, fixed layout, grid matching every cell's width and summing to the text width; repeated header; no split rows. */
	static void assertTableLayout(XWPFTable table, int textWidth, int columns, String what) {
		CTTblPr properties = table.getCTTbl().getTblPr();
		assertEquals("BarometerTable", table.getStyleID(), what + ": table style");
		assertFalse(properties.isSetTblBorders(), what + ": borders come from the style, not direct formatting");
		assertEquals(STTblLayoutType.FIXED, properties.getTblLayout().getType(), what + ": fixed layout");
		List<CTTblGridCol> grid = table.getCTTbl().getTblGrid().getGridColList();
		assertEquals(columns, grid.size(), what + ": grid columns");
		long sum = 0;
		for (CTTblGridCol column : grid) {
			sum += twips(column.getW());
		}
		assertEquals(textWidth, sum, what + ": the grid spans the text width");
		assertEquals(textWidth, twips(properties.getTblW().getW()), what + ": table width");
		for (int r = 0; r < table.getNumberOfRows(); r++) {
			XWPFTableRow row = table.getRow(r);
			assertEquals(r == 0, row.isRepeatHeader(), what + ": row " + r + " repeated as header");
			assertTrue(row.isCantSplitRow(), what + ": row " + r + " may split across pages");
			assertEquals(columns, row.getTableCells().size(), what + ": cells of row " + r);
			for (int c = 0; c < columns; c++) {
				XWPFTableCell cell = row.getCell(c);
				assertEquals(twips(grid.get(c).getW()), twips(cell.getCTTc().getTcPr().getTcW().getW()),
						what + ": width of cell " + r + "," + c + " agrees with the grid");
			}
		}
	}

	/** The texts and paragraph styles of a row, cell by cell. */
	static void assertRow(XWPFTableRow row, String[] texts, String[] styles, String what) {
		for (int c = 0; c < texts.length; c++) {
			XWPFTableCell cell = row.getCell(c);
			assertEquals(1, cell.getParagraphs().size(), what + ": one paragraph in cell " + c);
			assertEquals(texts[c], cell.getText(), what + ": cell " + c);
			assertEquals(styles[c], cell.getParagraphs().get(0).getStyleID(), what + ": style of cell " + c);
		}
	}

	static void assertPageNumberFooter(XWPFDocument document) {
		XWPFFooter footer = document.getHeaderFooterPolicy().getDefaultFooter();
		assertNotNull(footer, "a default footer");
		assertEquals("Footer", footer.getParagraphs().get(0).getStyleID());
		assertTrue(footer.getParagraphs().get(0).getCTP().xmlText().contains(" PAGE "), "a PAGE field in the footer");
	}

	static long twips(Object measure) {
		return ((BigInteger) measure).longValue();
	}
}
