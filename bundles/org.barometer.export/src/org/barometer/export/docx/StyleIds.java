package org.barometer.export.docx;

import java.util.List;

/**
 * The styles every exported document uses, by id, all defined in the reference template
 * (templates/barometer-reference.docx). A replacement template may restyle any of them; one
 * it lacks is copied from the bundled template, so no paragraph falls back to Normal.
 */
public final class StyleIds {

	public static final String TITLE = "Title";
	public static final String SUBTITLE = "Subtitle";
	public static final String MASTHEAD_DETAIL = "MastheadDetail";
	public static final String HEADING_1 = "Heading1";
	public static final String HEADING_2 = "Heading2";
	public static final String HEADING_3 = "Heading3";
	public static final String APPENDIX_TITLE = "AppendixTitle";
	public static final String BODY_TEXT = "BodyText";
	/** The letter's closing words ("Yours respectfully,"), its signature (the name) and the signer's role, a line each. */
	public static final String CLOSING = "Closing";
	public static final String SIGNATURE = "Signature";
	public static final String SIGNATURE_ROLE = "SignatureRole";
	public static final String SECTION_AUTHOR = "SectionAuthor";
	public static final String INDEX_FIGURE = "IndexFigure";
	public static final String TREND = "Trend";
	/** The items of a narrative's bullet list and numbered list: hanging indents, numbered by numbering.xml. */
	public static final String LIST_BULLET = "ListBullet";
	public static final String LIST_NUMBER = "ListNumber";
	public static final String AUTHOR_ENTRY = "AuthorEntry";
	/** A character style: the author's name leading an entry. */
	public static final String AUTHOR_NAME = "AuthorName";
	public static final String TABLE_CAPTION = "TableCaption";
	public static final String TABLE_HEADING = "TableHeading";
	/** The heading of a column of scores: aligned with them. */
	public static final String TABLE_HEADING_NUMBER = "TableHeadingNumber";
	public static final String TABLE_TEXT = "TableText";
	public static final String TABLE_SCORE = "TableScore";
	public static final String TABLE_TOTAL = "TableTotal";
	public static final String TABLE_TOTAL_SCORE = "TableTotalScore";
	public static final String FOOTER = "Footer";
	/** The running header: publication, issue, period. */
	public static final String HEADER = "Header";
	/** The table of contents: its title (not itself an entry) and its entries, sections and appendix titles. */
	public static final String TOC_HEADING = "TOCHeading";
	public static final String TOC_1 = "TOC1";
	public static final String TOC_2 = "TOC2";
	/** The table style of every table: rules, cell margins, tinted header row. */
	public static final String TABLE = "BarometerTable";

	public static final List<String> ALL = List.of(TITLE, SUBTITLE, MASTHEAD_DETAIL, HEADING_1, HEADING_2, HEADING_3,
			APPENDIX_TITLE, BODY_TEXT, CLOSING, SIGNATURE, SIGNATURE_ROLE, SECTION_AUTHOR, INDEX_FIGURE, TREND, LIST_BULLET, LIST_NUMBER,
			AUTHOR_ENTRY, AUTHOR_NAME, TABLE_CAPTION,
			TABLE_HEADING, TABLE_HEADING_NUMBER, TABLE_TEXT, TABLE_SCORE, TABLE_TOTAL, TABLE_TOTAL_SCORE, FOOTER, HEADER, TOC_HEADING, TOC_1, TOC_2, TABLE);

	private StyleIds() {
	}
}
