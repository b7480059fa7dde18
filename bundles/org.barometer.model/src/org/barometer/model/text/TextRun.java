package org.barometer.model.text;

import java.util.List;

/** A stretch of text printed in one way: plain, bold, italic or both. */
public record TextRun(String text, boolean bold, boolean italic) {

	public static TextRun plain(String text) {
		return new TextRun(text, false, false);
	}

	static String plainText(List<TextRun> runs) {
		StringBuilder text = new StringBuilder();
		runs.forEach(run -> text.append(run.text()));
		return text.toString();
	}
}
