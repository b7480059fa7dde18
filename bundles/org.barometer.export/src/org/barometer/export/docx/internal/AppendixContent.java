package org.barometer.export.docx.internal;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.barometer.export.BandColour;
import org.barometer.export.IssueTitles;
import org.barometer.export.SignedScore;
import org.barometer.export.docx.StyleIds;
import org.barometer.model.Band;
import org.barometer.model.ColourScale;
import org.barometer.model.Event;
import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;
import org.barometer.model.SecuritySection;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.barometer.model.navigation.Containers;

/**
 * The appendices of an issue, as published: the catalogue of each relationship (Appendix 1),
 * the catalogue of security events (Appendix 2) and the colour scale (Appendix 3). Totals
 * are the model's computed indices; stated figures are never printed.
 */
public final class AppendixContent {

	private static final String[] CATALOGUE_STYLES = { StyleIds.TABLE_TEXT, StyleIds.TABLE_TEXT, StyleIds.TABLE_SCORE };
	private static final String[] CATALOGUE_TOTAL_STYLES = { StyleIds.TABLE_TOTAL, StyleIds.TABLE_TOTAL, StyleIds.TABLE_TOTAL_SCORE };
	private static final String[] SECURITY_STYLES = { StyleIds.TABLE_TEXT, StyleIds.TABLE_TEXT, StyleIds.TABLE_SCORE, StyleIds.TABLE_SCORE };
	private static final String[] SECURITY_TOTAL_STYLES = { StyleIds.TABLE_TOTAL, StyleIds.TABLE_TOTAL, StyleIds.TABLE_TOTAL_SCORE,
			StyleIds.TABLE_TOTAL_SCORE };
	private static final String[] SCALE_STYLES = { StyleIds.TABLE_TEXT, StyleIds.TABLE_TEXT, StyleIds.TABLE_TEXT };

	/** Room for "November-December" and for "28 October - 8 November" on two lines. */
	private static final int DATE_WIDTH = 2041; // 3.6 cm
	/** Room for "+14" under "Score". */
	private static final int SCORE_WIDTH = 964; // 1.7 cm
	/** Room for "-10 (Orange)" under "Regional tension". */
	private static final int AXIS_WIDTH = 1474; // 2.6 cm

	private AppendixContent() {
	}

	/** Appends every appendix the issue has, numbered from 1 in the published order. */
	public static void append(XWPFDocument document, Outline outline, Issue issue, PageSections pages) {
		int number = 0;
		if (!issue.getSections().isEmpty()) {
			heading(document, outline, ++number, IssueTitles.APPENDIX_RELATIONS);
			for (RelationshipSection section : issue.getSections()) {
				relationshipCatalogue(document, section, pages.textWidth());
			}
		}
		if (issue.getSecurity() != null) {
			heading(document, outline, ++number, IssueTitles.APPENDIX_SECURITY);
			securityCatalogue(document, issue.getSecurity(), pages.textWidth());
		}
		PublicationProfile profile = Containers.profileOf(issue);
		// a scale without bands is an error of the profile's; its appendix would be an empty table
		if (profile != null && profile.getScale() != null && !profile.getScale().getBands().isEmpty()) {
			ColourScale scale = profile.getScale();
			heading(document, outline, ++number, scale.getTitle() != null ? scale.getTitle() : IssueTitles.APPENDIX_SCALE);
			colourScale(document, scale, pages.textWidth());
		}
	}

	private static void heading(XWPFDocument document, Outline outline, int number, String title) {
		outline.heading(document, StyleIds.HEADING_1, 1, "Appendix " + number);
		outline.heading(document, StyleIds.APPENDIX_TITLE, 2, title);
	}

	public static void relationshipCatalogue(XWPFDocument document, RelationshipSection section, int width) {
		Paragraphs.append(document, StyleIds.HEADING_2, IssueTitles.appendixRelationshipHeading(section.getRelationship()));
		DocxTable table = DocxTable.appendFixed(document, width, DATE_WIDTH, DocxTable.REST, SCORE_WIDTH);
		table.header(2, "Date", "Event", "Score");
		for (RelationshipEvent event : section.getEvents()) {
			table.row(new String[] { IssueTitles.dateAsWritten(event), description(event), SignedScore.of(event.getScore()) }, CATALOGUE_STYLES);
		}
		table.row(new String[] { IssueTitles.TOTAL, "", SignedScore.of(section.getAggregateIndex()) }, CATALOGUE_TOTAL_STYLES);
	}

	public static void securityCatalogue(XWPFDocument document, SecuritySection security, int width) {
		PublicationProfile profile = Containers.profileOf(security);
		DocxTable table = DocxTable.appendFixed(document, width, DATE_WIDTH, DocxTable.REST, AXIS_WIDTH, AXIS_WIDTH);
		table.header(2, "Date", "Event", profile.getNationalAxisTitle(), profile.getRegionalAxisTitle());
		for (SecurityEvent event : security.getEvents()) {
			table.row(new String[] { IssueTitles.dateAsWritten(event), description(event), SignedScore.of(event.getNational()),
					SignedScore.of(event.getRegional()) }, SECURITY_STYLES);
		}
		CTRow total = table.row(new String[] { IssueTitles.TOTAL, "", SignedScore.of(security.getNationalSecurityIndex()),
				IssueTitles.regionalTotal(security) }, SECURITY_TOTAL_STYLES);
		String fill = BandColour.hex(security.regionalBand());
		if (fill != null) {
			DocxTable.shade(total, 3, fill); // as the index summary shades the same figure
		}
	}

	public static void colourScale(XWPFDocument document, ColourScale scale, int width) {
		DocxTable table = DocxTable.append(document, width, 16, 20, 64);
		table.header("Colour Value", "Numerical Value", "Interpretation");
		for (Band band : scale.getBands()) {
			CTRow row = table.row(new String[] { band.getName(), band.rangeText(), nullToEmpty(band.getInterpretation()) },
					SCALE_STYLES);
			String fill = BandColour.hex(band);
			if (fill != null) {
				DocxTable.shade(row, 0, fill); // the swatch: the band's own colour
			}
		}
	}

	static String description(Event event) {
		return nullToEmpty(event.getDescription());
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
