package org.barometer.export.xlsx.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.export.SignedScore;


/** The few cell styles of a Barometer workbook, created once per workbook (Excel caps their number). */
public final class WorkbookStyles {

	private static final byte[] HEADER_FILL = { (byte) 0xD9, (byte) 0xE2, (byte) 0xF3 };

	public final XSSFCellStyle title;
	public final XSSFCellStyle header;
	/** The header of a column of numbers: aligned with them. */
	public final XSSFCellStyle numberHeader;
	public final XSSFCellStyle text;
	/** A short word in a column of its own (a band's name), and its header. */
	public final XSSFCellStyle centred;
	public final XSSFCellStyle centredHeader;
	public final XSSFCellStyle wrapped;
	public final XSSFCellStyle score;
	/** A count or an issue number: a number without a sign. */
	public final XSSFCellStyle number;
	public final XSSFCellStyle totalLabel;
	public final XSSFCellStyle totalScore;
	public final XSSFCellStyle totalText;

	public WorkbookStyles(XSSFWorkbook workbook) {
		// the workbook's default font, which also sizes columns: Arial as in the Word exports
		XSSFFont normal = workbook.getFontAt(0);
		normal.setFontName("Arial");
		normal.setFontHeightInPoints((short) 10);
		XSSFFont bold = workbook.createFont();
		bold.setFontName("Arial");
		bold.setFontHeightInPoints((short) 10);
		bold.setBold(true);
		XSSFFont large = workbook.createFont();
		large.setFontName("Arial");
		large.setBold(true);
		large.setFontHeightInPoints((short) 14);
		short signed = workbook.createDataFormat().getFormat(SignedScore.EXCEL_FORMAT);

		title = workbook.createCellStyle();
		title.setFont(large);

		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setVerticalAlignment(VerticalAlignment.TOP);
		header.setWrapText(true);

		numberHeader = workbook.createCellStyle();
		numberHeader.cloneStyleFrom(header);
		numberHeader.setAlignment(HorizontalAlignment.RIGHT);

		text = workbook.createCellStyle();
		text.setVerticalAlignment(VerticalAlignment.TOP);

		centred = workbook.createCellStyle();
		centred.setAlignment(HorizontalAlignment.CENTER);
		centred.setVerticalAlignment(VerticalAlignment.TOP);
		centredHeader = workbook.createCellStyle();
		centredHeader.cloneStyleFrom(header);
		centredHeader.setAlignment(HorizontalAlignment.CENTER);

		wrapped = workbook.createCellStyle();
		wrapped.setVerticalAlignment(VerticalAlignment.TOP);
		wrapped.setWrapText(true);

		score = workbook.createCellStyle();
		score.setDataFormat(signed);
		score.setAlignment(HorizontalAlignment.RIGHT);
		score.setVerticalAlignment(VerticalAlignment.TOP);

		number = workbook.createCellStyle();
		number.setAlignment(HorizontalAlignment.RIGHT);
		number.setVerticalAlignment(VerticalAlignment.TOP);

		totalLabel = workbook.createCellStyle();
		totalLabel.setFont(bold);
		totalLabel.setBorderTop(BorderStyle.THIN);

		totalText = workbook.createCellStyle();
		totalText.setFont(bold);
		totalText.setAlignment(HorizontalAlignment.RIGHT);
		totalText.setBorderTop(BorderStyle.THIN);

		totalScore = workbook.createCellStyle();
		totalScore.setFont(bold);
		totalScore.setDataFormat(signed);
		totalScore.setAlignment(HorizontalAlignment.RIGHT);
		totalScore.setBorderTop(BorderStyle.THIN);
	}
}
