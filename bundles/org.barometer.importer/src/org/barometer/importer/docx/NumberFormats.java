package org.barometer.importer.docx;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** A list count written the way a Word numbering format writes it. */
final class NumberFormats {

	private static final int[] ROMAN_VALUES = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
	private static final String[] ROMAN_DIGITS = { "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i" };

	private NumberFormats() {
	}

	static String format(int n, STNumberFormat.Enum format) {
		if (format == STNumberFormat.LOWER_LETTER) {
			return letters(n);
		}
		if (format == STNumberFormat.UPPER_LETTER) {
			return letters(n).toUpperCase();
		}
		if (format == STNumberFormat.LOWER_ROMAN) {
			return roman(n);
		}
		if (format == STNumberFormat.UPPER_ROMAN) {
			return roman(n).toUpperCase();
		}
		if (format == STNumberFormat.DECIMAL_ZERO) {
			return n < 10 ? "0" + n : String.valueOf(n);
		}
		return String.valueOf(n);
	}

	/** a … z, then aa … zz, as Word letters lists. */
	private static String letters(int n) {
		char letter = (char) ('a' + (n - 1) % 26);
		return String.valueOf(letter).repeat((n - 1) / 26 + 1);
	}

	private static String roman(int n) {
		StringBuilder out = new StringBuilder();
		int rest = n;
		for (int i = 0; i < ROMAN_VALUES.length; i++) {
			while (rest >= ROMAN_VALUES[i]) {
				out.append(ROMAN_DIGITS[i]);
				rest -= ROMAN_VALUES[i];
			}
		}
		return out.toString();
	}
}
