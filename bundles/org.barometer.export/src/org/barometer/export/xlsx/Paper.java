package org.barometer.export.xlsx;

import org.apache.poi.xssf.usermodel.XSSFPrintSetup;

/** The paper a workbook's sheets print on: A4 unless the desk chooses US Letter. */
public enum Paper {
	A4(XSSFPrintSetup.A4_PAPERSIZE), LETTER(XSSFPrintSetup.LETTER_PAPERSIZE);

	private final short excelCode;

	Paper(short excelCode) {
		this.excelCode = excelCode;
	}

	/** The number Excel stores for it (9 for A4, 1 for Letter). */
	public short excelCode() {
		return excelCode;
	}
}
