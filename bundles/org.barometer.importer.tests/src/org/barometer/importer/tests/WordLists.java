package org.barometer.importer.tests;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word's own list numbering (numbering.xml), as Word writes it for numbered and bulleted lists. */
final class WordLists {

	private final XWPFNumbering numbering;
	private int nextAbstract;

	WordLists(XWPFDocument document) {
		this.numbering = document.createNumbering();
	}

	/** A numbered list: level 0 "%1." decimal from {@code start}, level 1 "%2)" lower letters. */
	BigInteger numbered(int start) {
		CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
		definition.setAbstractNumId(BigInteger.valueOf(nextAbstract++));
		level(definition, 0, STNumberFormat.DECIMAL, "%1.", start);
		level(definition, 1, STNumberFormat.LOWER_LETTER, "%2)", 1);
		return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
	}

	BigInteger bulleted() {
		CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
		definition.setAbstractNumId(BigInteger.valueOf(nextAbstract++));
		level(definition, 0, STNumberFormat.BULLET, "\u2022", 1);
		return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
	}

	static void item(XWPFParagraph paragraph, BigInteger list, int level) {
		paragraph.setNumID(list);
		paragraph.setNumILvl(BigInteger.valueOf(level));
	}

	private static void level(CTAbstractNum definition, int level, STNumberFormat.Enum format, String text, int start) {
		CTLvl lvl = definition.addNewLvl();
		lvl.setIlvl(BigInteger.valueOf(level));
		lvl.addNewNumFmt().setVal(format);
		lvl.addNewLvlText().setVal(text);
		lvl.addNewStart().setVal(BigInteger.valueOf(start));
	}
}
