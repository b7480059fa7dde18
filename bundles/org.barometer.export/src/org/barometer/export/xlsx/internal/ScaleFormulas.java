package org.barometer.export.xlsx.internal;

import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.barometer.export.BandColour;
import org.barometer.export.IssueTitles;
import org.barometer.model.Band;
import org.barometer.model.Bound;
import org.barometer.model.ColourScale;

/**
 * The profile's colour scale as spreadsheet formulas: a condition per band, read from the
 * same bounds the validator and {@code ColourScale.bandOf} use, so that the sheet colours a
 * total the way the publication classifies it, and keeps doing so when someone edits a score.
 */
public final class ScaleFormulas {

	private ScaleFormulas() {
	}

	/** {@code AND($D$12>=-12,$D$12<=-7)}; {@code TRUE} for a band without bounds. */
	public static String condition(Band band, String cell) {
		String lower = bound(band.getLower(), cell, ">=", ">");
		String upper = bound(band.getUpper(), cell, "<=", "<");
		if (lower == null && upper == null) {
			return "TRUE";
		}
		if (lower == null || upper == null) {
			return lower != null ? lower : upper;
		}
		return "AND(" + lower + "," + upper + ")";
	}

	/**
	 * The name of the one band holding the value, or "no colour band" when none or several do
	 * (a gap or an overlap in the scale, which the validator reports).
	 */
	public static String colourName(ColourScale scale, String cell) {
		if (scale == null || scale.getBands().isEmpty()) {
			return "\"" + IssueTitles.NO_BAND + "\"";
		}
		StringBuilder count = new StringBuilder();
		StringBuilder choice = new StringBuilder();
		for (Band band : scale.getBands()) {
			String condition = condition(band, cell);
			count.append(count.isEmpty() ? "" : "+").append('(').append(condition).append(')');
			choice.append("IF(").append(condition).append(",\"").append(band.getName() == null ? "" : band.getName().replace("\"", "\"\"")).append("\",");
		}
		choice.append("\"\"").append(")".repeat(scale.getBands().size()));
		return "IF(" + count + "=1," + choice + ",\"" + IssueTitles.NO_BAND + "\")";
	}

	/** Fills the regions with the colour of the band the cell's value falls in. */
	public static void colour(XSSFSheet sheet, ColourScale scale, String cell, CellRangeAddress... regions) {
		if (scale == null) {
			return;
		}
		XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		for (Band band : scale.getBands()) {
			byte[] fill = BandColour.rgb(band);
			if (fill == null) {
				continue;
			}
			XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingRule(condition(band, cell));
			XSSFPatternFormatting pattern = rule.createPatternFormatting();
			pattern.setFillBackgroundColor(new XSSFColor(fill, null));
			pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
			formatting.addConditionalFormatting(regions, rule);
		}
	}

	private static String bound(Bound bound, String cell, String inclusive, String exclusive) {
		if (bound == null) {
			return null;
		}
		return cell + (bound.isInclusive() ? inclusive : exclusive) + bound.getValue();
	}
}
