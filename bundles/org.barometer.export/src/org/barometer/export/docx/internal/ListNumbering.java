package org.barometer.export.docx.internal;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.barometer.model.text.NarrativeBlock.ListKind;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The numbering definitions of the narrative's lists (numbering.xml): one bullet and one
 * decimal definition per document, found again by name, and a numbering instance per list,
 * so that each numbered list counts from its own first number. A template's own definitions
 * are left as they are.
 */
public final class ListNumbering {

	/** The list's indents, the same as the List Bullet and List Number styles' (a numbering's indent wins over its style's). */
	static final int LEFT = 397;
	static final int HANGING = 284;

	private static final String BULLET_NAME = "Barometer bullet list";
	private static final String DECIMAL_NAME = "Barometer numbered list";

	private ListNumbering() {
	}

	/** The numbering instance a new list's paragraphs refer to. */
	public static BigInteger forNewList(XWPFDocument document, ListKind kind, int start) {
		XWPFNumbering numbering = document.createNumbering();
		BigInteger abstractId = definition(numbering, kind);
		if (kind == ListKind.BULLET) {
			// bullets count nothing: every bullet list shares one instance
			BigInteger num = firstNumOf(numbering, abstractId);
			return num != null ? num : numbering.addNum(abstractId);
		}
		BigInteger num = numbering.addNum(abstractId);
		CTNum ctNum = numbering.getNum(num).getCTNum();
		CTNumLvl override = ctNum.addNewLvlOverride();
		override.setIlvl(BigInteger.ZERO);
		override.addNewStartOverride().setVal(BigInteger.valueOf(start));
		return num;
	}

	private static BigInteger firstNumOf(XWPFNumbering numbering, BigInteger abstractId) {
		return numbering.getNums().stream().map(n -> n.getCTNum())
				.filter(n -> n.getAbstractNumId() != null && abstractId.equals(n.getAbstractNumId().getVal())).map(CTNum::getNumId)
				.findFirst().orElse(null);
	}

	private static BigInteger definition(XWPFNumbering numbering, ListKind kind) {
		String name = kind == ListKind.BULLET ? BULLET_NAME : DECIMAL_NAME;
		BigInteger highest = BigInteger.valueOf(-1);
		for (XWPFAbstractNum abstractNum : numbering.getAbstractNums()) {
			CTAbstractNum ct = abstractNum.getCTAbstractNum();
			if (ct.isSetName() && name.equals(ct.getName().getVal())) {
				return ct.getAbstractNumId();
			}
			highest = highest.max(ct.getAbstractNumId());
		}
		CTAbstractNum ct = CTAbstractNum.Factory.newInstance();
		BigInteger id = highest.add(BigInteger.ONE);
		ct.setAbstractNumId(id);
		ct.addNewName().setVal(name);
		CTLvl level = ct.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewStart().setVal(BigInteger.ONE);
		if (kind == ListKind.BULLET) {
			level.addNewNumFmt().setVal(STNumberFormat.BULLET);
			level.addNewLvlText().setVal("\u2022");
		} else {
			level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
			level.addNewLvlText().setVal("%1.");
		}
		level.addNewLvlJc().setVal(STJc.LEFT);
		CTInd indent = level.addNewPPr().addNewInd();
		indent.setLeft(BigInteger.valueOf(LEFT));
		indent.setHanging(BigInteger.valueOf(HANGING));
		numbering.addAbstractNum(new XWPFAbstractNum(ct, numbering));
		return id;
	}
}
