package org.barometer.export.xlsx.internal;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * How a sheet prints, so that the desk can print a workbook untouched: the paper (A4 unless
 * chosen otherwise), one page wide, the header row on every page, a header naming the
 * publication, the issue and the sheet, and "Page n of m" in the footer.
 */
public final class SheetPrintSetup {

	private final short paper;

	/** @param paper Excel's number for the paper (see {@code Paper}) */
	public SheetPrintSetup(short paper) {
		this.paper = paper;
	}

	/**
	 * One page wide and as many long as needed; the first {@code headerRows} rows repeated
	 * (none when 0); the header's left part names the document, its right part the sheet.
	 */
	public void apply(XSSFSheet sheet, String document, int headerRows, int columns) {
		XSSFPrintSetup setup = sheet.getPrintSetup();
		setup.setPaperSize(paper);
		sheet.setFitToPage(true);
		setup.setFitWidth((short) 1);
		setup.setFitHeight((short) 0);
		if (headerRows > 0) {
			sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, 0, Math.max(0, columns - 1)));
		}
		headerAndFooter(sheet, document);
	}

	/**
	 * A sheet printed at a fixed scale so that its manual page breaks hold (Excel ignores them
	 * on a sheet fitted to pages): landscape, scaled down just enough for {@code widthInCharacters}.
	 */
	public void applyWithPageBreaks(XSSFSheet sheet, String document, int widthInCharacters) {
		XSSFPrintSetup setup = sheet.getPrintSetup();
		setup.setPaperSize(paper);
		setup.setLandscape(true);
		sheet.setFitToPage(false);
		setup.setScale((short) Math.max(10, Math.min(100, LANDSCAPE_CHARACTERS * 100 / Math.max(1, widthInCharacters))));
		sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, 0));
		headerAndFooter(sheet, document);
	}

	/** Characters of column width across a landscape A4 or Letter page within Excel's default margins. */
	static final int LANDSCAPE_CHARACTERS = 118;

	private static void headerAndFooter(XSSFSheet sheet, String document) {
		sheet.getHeader().setLeft(escaped(document));
		sheet.getHeader().setRight(escaped(sheet.getSheetName()));
		sheet.getFooter().setCenter("Page &P of &N");
	}

	/** An ampersand starts a code in Excel's header text: a literal one is doubled. */
	static String escaped(String text) {
		return text.replace("&", "&&");
	}
}
