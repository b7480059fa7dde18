package org.barometer.importer.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The marker Word shows before a list paragraph, counted as Word counts: per list, per level,
 * from the level's start value, deeper levels starting again under each new item. Numbered
 * items come out as Word prints them ("1.", "2)", "a."); bullets as "-", the language's
 * bullet. Numbering set by the paragraph's style (Word's "List Number") counts too.
 */
final class ListNumbering {

	private static final int UNSET = Integer.MIN_VALUE;

	private final XWPFDocument document;
	private final XWPFNumbering numbering;
	/** Per list (numId): the current count at each level. */
	private final Map<BigInteger, int[]> counters = new HashMap<>();

	ListNumbering(XWPFDocument document) {
		this.document = document;
		this.numbering = document.getNumbering();
	}

	/** The marker with its following space, or "" for a paragraph that is not a list item. */
	String markerOf(XWPFParagraph paragraph) {
		CTNumPr numPr = numPr(paragraph);
		if (numPr == null || numbering == null || !numPr.isSetNumId()) {
			return "";
		}
		BigInteger numId = numPr.getNumId().getVal();
		int level = numPr.isSetIlvl() ? numPr.getIlvl().getVal().intValue() : 0;
		if (numId == null || numId.signum() == 0 || level < 0 || level > 8) {
			return "";
		}
		XWPFNum num = numbering.getNum(numId);
		if (num == null) {
			return "";
		}
		CTNum ctNum = num.getCTNum();
		XWPFAbstractNum abstractNum = ctNum.getAbstractNumId() == null ? null
				: numbering.getAbstractNum(ctNum.getAbstractNumId().getVal());
		if (abstractNum == null) {
			return "";
		}
		CTLvl[] levels = new CTLvl[9];
		CTAbstractNum ctAbstract = abstractNum.getCTAbstractNum();
		for (CTLvl lvl : ctAbstract.getLvlArray()) {
			int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
			if (i >= 0 && i < 9) {
				levels[i] = lvl;
			}
		}
		CTLvl lvl = levels[level];
		if (lvl == null) {
			return "";
		}
		STNumberFormat.Enum format = lvl.getNumFmt() == null ? STNumberFormat.DECIMAL : lvl.getNumFmt().getVal();
		if (format == STNumberFormat.BULLET) {
			return "- ";
		}
		int[] counts = counters.computeIfAbsent(numId, id -> unset());
		if (counts[level] == UNSET) {
			counts[level] = start(ctNum, levels, level) - 1;
		}
		counts[level]++;
		for (int deeper = level + 1; deeper < 9; deeper++) {
			counts[deeper] = UNSET;
		}
		if (format == STNumberFormat.NONE) {
			return "";
		}
		String pattern = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null ? "%" + (level + 1) + "."
				: lvl.getLvlText().getVal();
		StringBuilder marker = new StringBuilder();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
				int shown = pattern.charAt(++i) - '1';
				if (shown >= 0 && shown <= level) {
					CTLvl shownLevel = levels[shown];
					STNumberFormat.Enum shownFormat = shownLevel == null || shownLevel.getNumFmt() == null ? STNumberFormat.DECIMAL
							: shownLevel.getNumFmt().getVal();
					marker.append(NumberFormats.format(counts[shown] == UNSET ? start(ctNum, levels, shown) : counts[shown], shownFormat));
				}
			} else {
				marker.append(c);
			}
		}
		return marker.isEmpty() ? "" : marker + " ";
	}

	private static int[] unset() {
		int[] counts = new int[9];
		java.util.Arrays.fill(counts, UNSET);
		return counts;
	}

	private static int start(CTNum num, CTLvl[] levels, int level) {
		for (CTNumLvl override : num.getLvlOverrideArray()) {
			if (override.getIlvl() != null && override.getIlvl().intValue() == level && override.isSetStartOverride()) {
				return override.getStartOverride().getVal().intValue();
			}
		}
		CTLvl lvl = levels[level];
		return lvl == null ? 1 : lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 0;
	}

	/** The paragraph's own numbering, else its style's (following the styles it is based on). */
	private CTNumPr numPr(XWPFParagraph paragraph) {
		CTPPr own = paragraph.getCTP().getPPr();
		if (own != null && own.isSetNumPr()) {
			return own.getNumPr();
		}
		String styleId = paragraph.getStyleID();
		for (int depth = 0; styleId != null && depth < 10 && document.getStyles() != null; depth++) {
			XWPFStyle style = document.getStyles().getStyle(styleId);
			if (style == null) {
				return null;
			}
			CTStyle ct = style.getCTStyle();
			CTPPrGeneral pPr = ct.getPPr();
			if (pPr != null && pPr.isSetNumPr()) {
				return pPr.getNumPr();
			}
			styleId = ct.isSetBasedOn() ? ct.getBasedOn().getVal() : null;
		}
		return null;
	}
}
