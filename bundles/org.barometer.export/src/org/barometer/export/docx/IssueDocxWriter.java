package org.barometer.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.barometer.export.BandColour;
import org.barometer.export.ExportReadiness;
import org.barometer.export.IssueTitles;
import org.barometer.export.SignedScore;
import org.barometer.export.docx.internal.AppendixContent;
import org.barometer.export.docx.internal.CoverPage;
import org.barometer.export.docx.internal.LetterClosing;
import org.barometer.export.docx.internal.Outline;
import org.barometer.export.docx.internal.RunningHeader;
import org.barometer.export.docx.internal.TableOfContents;
import org.barometer.export.docx.internal.DocumentProperties;
import org.barometer.export.docx.internal.DocxTable;
import org.barometer.export.docx.internal.NarrativeParagraphs;
import org.barometer.export.docx.internal.PageNumberFooter;
import org.barometer.export.docx.internal.PageSections;
import org.barometer.export.docx.internal.Paragraphs;
import org.barometer.export.io.PoiDocuments;
import org.barometer.io.AtomicFileWriter;
import org.barometer.export.io.WrittenFileCheck;
import org.barometer.model.Author;
import org.barometer.model.Band;
import org.barometer.model.Development;
import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecuritySection;
import org.barometer.model.Section;
import org.barometer.model.SupportingTable;
import org.barometer.model.TableRow;
import org.barometer.model.Trend;
import org.barometer.model.navigation.Containers;
import org.barometer.model.text.NarrativeBlock;
import org.barometer.model.text.NarrativeMarkup;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * A whole issue in Word, in the published order: the masthead on a cover without page number,
 * the editor's letter, the contents, the index summary, one section per relationship, the
 * Security Barometer, the appendices, the authors; a running header on every page but the cover.
 * Every index is computed from the catalogues; parts the issue does not have are left out
 * rather than printed empty.
 */
public final class IssueDocxWriter {

	private static final String[] SUMMARY_STYLES = { StyleIds.TABLE_TEXT, StyleIds.TABLE_SCORE, StyleIds.TABLE_SCORE,
			StyleIds.TABLE_SCORE };
	private static final String[] SECURITY_SUMMARY_STYLES = { StyleIds.TABLE_TEXT, StyleIds.TABLE_SCORE };

	private final DocxTemplate template;
	private final boolean landscapeAppendices;

	public IssueDocxWriter(DocxTemplate template, boolean landscapeAppendices) {
		this.template = template;
		this.landscapeAppendices = landscapeAppendices;
	}

	/** Writes the file atomically: on failure the previous file is left as it was. */
	public void write(Issue issue, Path target) throws IOException {
		ExportReadiness.check(issue);
		stage(issue, target).commit();
	}

	/** Writes the file beside the target and checks that it opens; the target is replaced on {@code commit()}. */
	public AtomicFileWriter.Staged stage(Issue issue, Path target) throws IOException {
		return AtomicFileWriter.stage(target, out -> writeTo(issue, out), WrittenFileCheck.DOCX);
	}

	public void writeTo(Issue issue, OutputStream out) throws IOException {
		ExportReadiness.check(issue);
		PublicationProfile profile = Containers.profileOf(issue);
		XWPFDocument document = template.newDocument();
		try {
			PageNumberFooter.addTo(document);
			RunningHeader.addTo(document, IssueTitles.runningHeader(issue));
			CoverPage.blankFirstPage(document);
			PageSections pages = new PageSections(document, false);
			Outline outline = new Outline();
			masthead(document, issue, profile);
			letter(document, issue);
			TableOfContents contents = TableOfContents.append(document, IssueTitles.CONTENTS);
			outline.startListing();
			indexSummary(document, outline, issue, profile, pages.textWidth());
			for (RelationshipSection section : issue.getSections()) {
				relationshipSection(document, outline, section);
			}
			if (issue.getSecurity() != null) {
				securitySection(document, outline, issue.getSecurity(), profile, pages.textWidth());
			}
			pages.switchTo(landscapeAppendices);
			AppendixContent.append(document, outline, issue, pages);
			if (!issue.getAuthors().isEmpty()) {
				pages.switchTo(false);
				authors(document, outline, issue.getAuthors());
			}
			pages.finish();
			contents.fill(outline.entries());
			DocumentProperties.set(document, IssueTitles.publication(profile) + " " + IssueTitles.issueLabel(issue));
			document.write(out);
		} finally {
			PoiDocuments.release(document);
		}
	}

	private static void masthead(XWPFDocument document, Issue issue, PublicationProfile profile) {
		Paragraphs.append(document, StyleIds.TITLE, IssueTitles.publication(profile));
		Paragraphs.append(document, StyleIds.SUBTITLE, IssueTitles.issueLabel(issue));
		if (profile.getPublisher() != null) {
			Paragraphs.append(document, StyleIds.MASTHEAD_DETAIL, profile.getPublisher());
		}
		if (issue.getEditor() != null) {
			Paragraphs.append(document, StyleIds.MASTHEAD_DETAIL, "Editor: " + issue.getEditor());
		}
	}

	private static void letter(XWPFDocument document, Issue issue) {
		LetterClosing closing = LetterClosing.of(issue.getLetter(), issue.getEditor(), issue.getEditorRole());
		List<NarrativeBlock> blocks = NarrativeMarkup.parse(closing.body());
		if (blocks.isEmpty()) {
			return;
		}
		Paragraphs.append(document, StyleIds.HEADING_1, "From the editor");
		NarrativeParagraphs.append(document, blocks, StyleIds.BODY_TEXT);
		closingBlock(document, closing);
	}

	/** Closing, name, role: a line each, as the publication signs its letter. */
	private static void closingBlock(XWPFDocument document, LetterClosing closing) {
		if (closing.closing() != null) {
			Paragraphs.append(document, StyleIds.CLOSING, closing.closing());
		}
		if (closing.name() != null) {
			Paragraphs.append(document, StyleIds.SIGNATURE, closing.name());
		}
		closing.role().forEach(line -> Paragraphs.append(document, StyleIds.SIGNATURE_ROLE, line));
	}

	private static void indexSummary(XWPFDocument document, Outline outline, Issue issue, PublicationProfile profile, int width) {
		outline.heading(document, StyleIds.HEADING_1, 1, "Index summary");
		if (!issue.getSections().isEmpty()) {
			DocxTable table = DocxTable.append(document, width, 40, 20, 20, 20);
			table.header(1, "Relationship", "Aggregate index", "Positive points", "Negative points");
			for (RelationshipSection section : issue.getSections()) {
				table.row(new String[] { IssueTitles.relationship(section.getRelationship()), SignedScore.of(section.getAggregateIndex()),
						SignedScore.of(section.getPositivePoints()), SignedScore.of(section.getNegativePoints()) }, SUMMARY_STYLES);
			}
		}
		SecuritySection security = issue.getSecurity();
		if (security != null) {
			Paragraphs.append(document, StyleIds.TABLE_CAPTION, "Security");
			DocxTable table = DocxTable.append(document, width, 60, 40);
			table.header(1, "Index", "Value");
			table.row(new String[] { profile.getNationalAxisTitle(), SignedScore.of(security.getNationalSecurityIndex()) },
					SECURITY_SUMMARY_STYLES);
			CTRow regional = table.row(new String[] { profile.getRegionalAxisTitle(), IssueTitles.regionalTotal(security) },
					SECURITY_SUMMARY_STYLES);
			Band band = security.regionalBand();
			String fill = BandColour.hex(band);
			if (fill != null) {
				DocxTable.shade(regional, 1, fill);
			}
		}
	}

	private static void relationshipSection(XWPFDocument document, Outline outline, RelationshipSection section) {
		outline.heading(document, StyleIds.HEADING_1, 1, IssueTitles.relationshipHeading(section.getRelationship()));
		Paragraphs.append(document, StyleIds.INDEX_FIGURE, "Aggregate index: " + SignedScore.of(section.getAggregateIndex()));
		Paragraphs.append(document, StyleIds.INDEX_FIGURE, "Positive points: " + SignedScore.of(section.getPositivePoints()));
		Paragraphs.append(document, StyleIds.INDEX_FIGURE, "Negative points: " + SignedScore.of(section.getNegativePoints()));
		author(document, section);
		trends(document, section);
		if (!section.getDevelopments().isEmpty()) {
			Paragraphs.append(document, StyleIds.HEADING_2, IssueTitles.DEVELOPMENTS);
			developments(document, section.getDevelopments(), IssueTitles.DEVELOPMENTS);
		}
		forecast(document, section);
	}

	private static void securitySection(XWPFDocument document, Outline outline, SecuritySection security, PublicationProfile profile,
			int width) {
		outline.heading(document, StyleIds.HEADING_1, 1, IssueTitles.securityHeading(profile));
		Paragraphs.append(document, StyleIds.INDEX_FIGURE,
				profile.getNationalAxisTitle() + " index: " + SignedScore.of(security.getNationalSecurityIndex()));
		Paragraphs.append(document, StyleIds.INDEX_FIGURE,
				profile.getRegionalAxisTitle() + " index: " + IssueTitles.regionalTotal(security));
		author(document, security);
		trends(document, security);
		int part = 0;
		if (!security.getNationalDevelopments().isEmpty()) {
			String heading = ++part + ". National security";
			Paragraphs.append(document, StyleIds.HEADING_2, heading);
			developments(document, security.getNationalDevelopments(), heading);
		}
		if (!security.getRegionalDevelopments().isEmpty()) {
			String heading = ++part + ". Regional security";
			Paragraphs.append(document, StyleIds.HEADING_2, heading);
			developments(document, security.getRegionalDevelopments(), heading);
		}
		for (SupportingTable table : security.getTables()) {
			supportingTable(document, table, width);
		}
		forecast(document, security);
	}

	private static void supportingTable(XWPFDocument document, SupportingTable source, int width) {
		int columns = source.getColumns().size();
		if (columns == 0) {
			return;
		}
		Paragraphs.append(document, StyleIds.TABLE_CAPTION, source.getTitle());
		int[] weights = new int[columns];
		java.util.Arrays.fill(weights, 1);
		DocxTable table = DocxTable.append(document, width, weights);
		table.header(source.getColumns().toArray(String[]::new));
		String[] styles = new String[columns];
		java.util.Arrays.fill(styles, StyleIds.TABLE_TEXT);
		for (TableRow row : source.getRows()) {
			String[] cells = new String[columns];
			for (int i = 0; i < columns; i++) {
				cells[i] = i < row.getCells().size() ? row.getCells().get(i) : "";
			}
			table.row(cells, styles);
		}
	}

	private static void author(XWPFDocument document, Section section) {
		if (section.getAuthor() != null) {
			Paragraphs.append(document, StyleIds.SECTION_AUTHOR, section.getAuthor());
		}
	}

	private static void trends(XWPFDocument document, Section section) {
		if (section.getTrends().isEmpty()) {
			return;
		}
		Paragraphs.append(document, StyleIds.HEADING_2, "Trends");
		for (Trend trend : section.getTrends()) {
			// the numbers are the analyst's, kept as written rather than renumbered by a list
			XWPFParagraph paragraph = Paragraphs.append(document, StyleIds.TREND, null);
			XWPFRun run = paragraph.createRun();
			run.setText(trend.getNumber() + ".");
			run.addTab();
			NarrativeParagraphs.appendInline(paragraph, trend.getText());
		}
	}

	/** The titled subsections under {@code heading}; a title that only repeats the heading is not printed twice. */
	private static void developments(XWPFDocument document, List<Development> developments, String heading) {
		for (Development development : developments) {
			if (!repeats(development.getTitle(), heading)) {
				Paragraphs.append(document, StyleIds.HEADING_3, development.getTitle());
			}
			for (String narrative : development.getParagraphs()) {
				NarrativeParagraphs.append(document, narrative, StyleIds.BODY_TEXT);
			}
		}
	}

	private static void forecast(XWPFDocument document, Section section) {
		List<NarrativeBlock> blocks = NarrativeMarkup.parse(section.getForecast());
		if (!blocks.isEmpty()) {
			Paragraphs.append(document, StyleIds.HEADING_2, "Forecast");
			NarrativeParagraphs.append(document, blocks, StyleIds.BODY_TEXT);
		}
	}

	/** "Developments and processes" under "Developments and processes"; "National security" under "1. National security". */
	static boolean repeats(String title, String heading) {
		if (title == null) {
			return false;
		}
		String bare = heading.replaceFirst("^\\d+\\.\\s*", "");
		return title.strip().equalsIgnoreCase(heading) || title.strip().equalsIgnoreCase(bare);
	}

	private static void authors(XWPFDocument document, Outline outline, List<Author> authors) {
		outline.heading(document, StyleIds.HEADING_1, 1, "Authors");
		for (Author author : authors) {
			XWPFParagraph paragraph = Paragraphs.append(document, StyleIds.AUTHOR_ENTRY, null);
			XWPFRun name = paragraph.createRun();
			name.setStyle(StyleIds.AUTHOR_NAME);
			name.setText(author.getName());
			StringBuilder rest = new StringBuilder();
			if (author.getAffiliation() != null) {
				rest.append(", ").append(sentence(author.getAffiliation()));
			} else {
				rest.append('.');
			}
			if (author.getInterests() != null) {
				rest.append(" Research interests: ").append(sentence(author.getInterests()));
			}
			paragraph.createRun().setText(rest.toString());
		}
	}

	private static String sentence(String text) {
		String t = text.strip();
		return t.endsWith(".") ? t : t + ".";
	}
}
