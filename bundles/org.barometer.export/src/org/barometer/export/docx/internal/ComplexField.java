package org.barometer.export.docx.internal;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * A Word field as Word writes one, in runs of a paragraph: begin, the instruction, separate,
 * the result shown until the field is updated, end. A field whose result spans paragraphs (a
 * table of contents) is opened with {@link #begin} in one and closed with {@link #end} in another.
 * The instructions the exports write live here, so that a reader of the files (and the tests)
 * finds them in one place.
 */
public final class ComplexField {

	/** The number of the page the field stands on. */
	public static final String PAGE = " PAGE ";

	/** The contents: level 1 the headings (outline level 1), level 2 the appendix titles, by style name; entries are links. */
	public static final String TABLE_OF_CONTENTS = " TOC \\o \"1-1\" \\t \"Appendix Title,2\" \\h \\z \\u ";

	private ComplexField() {
	}

	/** A whole field in the paragraph, showing {@code result} until it is updated. */
	public static void append(CTP paragraph, String instruction, String result) {
		begin(paragraph, instruction);
		CTText text = paragraph.addNewR().addNewT();
		text.setStringValue(result);
		text.setSpace(SpaceAttribute.Space.PRESERVE);
		end(paragraph);
	}

	/** Begin, instruction and separate: what follows, up to {@link #end}, is the field's result. */
	public static void begin(CTP paragraph, String instruction) {
		paragraph.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		CTText text = paragraph.addNewR().addNewInstrText();
		text.setStringValue(instruction);
		text.setSpace(SpaceAttribute.Space.PRESERVE);
		paragraph.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
	}

	public static void end(CTP paragraph) {
		paragraph.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
	}
}
