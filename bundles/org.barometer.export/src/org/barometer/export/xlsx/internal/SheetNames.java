package org.barometer.export.xlsx.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Sheet names Excel accepts (31 characters, none of []:*?/\), unique in their workbook, and their quoted references. */
public final class SheetNames {

	private final Set<String> used = new HashSet<>();

	public String unique(String wanted) {
		String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "-").strip();
		if (base.startsWith("'")) {
			base = base.substring(1);
		}
		if (base.isEmpty()) {
			base = "Sheet";
		}
		base = truncate(base, 31);
		String name = base;
		for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
			String suffix = " (" + n + ")";
			name = truncate(base, 31 - suffix.length()) + suffix;
		}
		return name;
	}

	/** {@code 'U.S.'!$C$12}: always quoted, so that any name works in a formula. */
	public static String reference(String sheet, String cell) {
		return "'" + sheet.replace("'", "''") + "'!" + cell;
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}
}
