package org.barometer.importer.text;

import java.util.regex.Pattern;

/**
 * A score as the publication prints it: a sign and one or two digits (+1, -22) or a bare 0.
 * An unsigned number (2021, 15) is never a score, which is how a description that ends in a
 * number ("… for 2021-2025") keeps it. Minus may be printed as a hyphen, en dash or minus sign.
 */
public final class ScoreToken {

	private static final Pattern SCORE = Pattern.compile("[+\\-\u2013\u2212]\\d{1,3}|0");

	private ScoreToken() {
	}

	public static boolean is(String token) {
		return SCORE.matcher(token).matches();
	}

	public static int value(String token) {
		char sign = token.charAt(0);
		if (sign == '+') {
			return Integer.parseInt(token.substring(1));
		}
		if (sign == '-' || sign == '\u2013' || sign == '\u2212') {
			return -Integer.parseInt(token.substring(1));
		}
		return Integer.parseInt(token);
	}
}
