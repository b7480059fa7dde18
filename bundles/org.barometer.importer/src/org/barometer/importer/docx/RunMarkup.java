package org.barometer.importer.docx;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * A paragraph's runs as the language's narrative text: bold as {@code **text**}, italic as
 * {@code *text*}, both as {@code ***text***}. Emphasis comes from the run's own formatting or
 * its character style (Strong, Emphasis); a paragraph style's bold (a heading) is the
 * heading's look, not emphasis, and gives no stars. The stars hug the words: spaces at the
 * edges of an emphasised run stay outside them, as the markup requires.
 */
final class RunMarkup {

	private final XWPFStyles styles;

	RunMarkup(XWPFStyles styles) {
		this.styles = styles;
	}

	String text(List<XWPFRun> runs) {
		StringBuilder out = new StringBuilder();
		StringBuilder pending = new StringBuilder();
		String marker = "";
		for (XWPFRun run : runs) {
			String text = RunText.of(run);
			if (text.isEmpty()) {
				continue;
			}
			String runMarker = marker(run);
			if (!runMarker.equals(marker)) {
				emit(out, pending, marker);
				pending.setLength(0);
				marker = runMarker;
			}
			pending.append(text);
		}
		emit(out, pending, marker);
		return out.toString();
	}

	private static void emit(StringBuilder out, CharSequence text, String marker) {
		if (marker.isEmpty() || text.toString().isBlank()) {
			out.append(text);
			return;
		}
		String s = text.toString();
		int start = 0;
		while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
			start++;
		}
		int end = s.length();
		while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
			end--;
		}
		out.append(s, 0, start).append(marker).append(s, start, end).append(marker).append(s, end, s.length());
	}

	private String marker(XWPFRun run) {
		CTRPr own = run.getCTR().getRPr();
		CTRPr style = characterStyle(run.getStyle());
		boolean bold = isOn(own, true, style);
		boolean italic = isOn(own, false, style);
		return bold && italic ? "***" : bold ? "**" : italic ? "*" : "";
	}

	private CTRPr characterStyle(String id) {
		if (id == null || id.isEmpty() || styles == null) {
			return null;
		}
		XWPFStyle style = styles.getStyle(id);
		CTStyle ct = style == null ? null : style.getCTStyle();
		return ct == null ? null : ct.getRPr();
	}

	/** The run's own setting wins; else its character style's; else off. */
	private static boolean isOn(CTRPr own, boolean bold, CTRPr style) {
		Boolean value = value(own, bold);
		if (value == null) {
			value = value(style, bold);
		}
		return value != null && value;
	}

	private static Boolean value(CTRPr properties, boolean bold) {
		if (properties == null) {
			return null;
		}
		List<CTOnOff> settings = bold ? properties.getBList() : properties.getIList();
		if (settings.isEmpty()) {
			return null;
		}
		CTOnOff setting = settings.get(0);
		if (!setting.isSetVal()) {
			return true;
		}
		String val = String.valueOf(setting.getVal());
		return val.equals("1") || val.equalsIgnoreCase("true") || val.equalsIgnoreCase("on");
	}
}
