package org.barometer.lang.formatting2;

import java.util.List;

import org.barometer.model.Band;
import org.barometer.model.BarometerPackage;
import org.barometer.model.ColourScale;
import org.barometer.model.Development;
import org.barometer.model.Event;
import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.model.Relationship;
import org.barometer.model.Section;
import org.barometer.model.StatedFigure;
import org.barometer.model.SupportingTable;
import org.barometer.model.TableRow;
import org.barometer.model.Trend;
import org.barometer.model.Author;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Lays a file out like the publication: one declaration per line, a blank line between
 * sections, block contents indented, each catalogue row on its own line with its columns aligned.
 */
public class BarometerFormatter extends AbstractFormatter2 {

	/** No row that the alignment pads grows longer than this. */
	static final int LINE_LIMIT = 120;
	/** Scores are aligned only up to this column, so that an aligned row with its score fits in 100 characters. */
	static final int SCORE_COLUMN_LIMIT = 96;
	/** A date wider than this keeps one space after it and does not widen the date column. */
	static final int DATE_WIDTH_LIMIT = 24;

	private static final String[] SECTION_PARTS = { "stated", "trends", "developments", "forecast", "events",
			"national", "regional", "table" };

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof PublicationProfile profile) {
			formatProfile(profile, document);
		} else if (object instanceof Issue issue) {
			formatIssue(issue, document);
		} else if (object instanceof XtextResource resource) {
			_format(resource, document);
		} else if (object instanceof EObject eObject) {
			_format(eObject, document);
		}
	}

	private void formatProfile(PublicationProfile profile, IFormattableDocument document) {
		ISemanticRegionsFinder regions = regionFor(profile);
		for (String keyword : new String[] { "title", "publisher", "scores", "relationships", "axes", "security" }) {
			newLineBefore(regions.keyword(keyword), document);
		}
		indentBlock(regions.keyword("{"), regions.keyword("}"), document);
		for (Relationship relationship : profile.getRelationships()) {
			document.prepend(relationship, f -> f.newLine());
		}
		ColourScale scale = profile.getScale();
		if (scale != null) {
			document.prepend(scale, f -> f.setNewLines(2));
			ISemanticRegionsFinder scaleRegions = regionFor(scale);
			indentBlock(scaleRegions.keyword("{"), scaleRegions.keyword("}"), document);
			for (Band band : scale.getBands()) {
				document.prepend(band, f -> f.newLine());
			}
		}
	}

	private void formatIssue(Issue issue, IFormattableDocument document) {
		ISemanticRegionsFinder regions = regionFor(issue);
		for (String keyword : new String[] { "period", "editor", "role", "letter" }) {
			newLineBefore(regions.keyword(keyword), document);
		}
		issue.getSections().forEach(section -> formatSection(section, document));
		if (issue.getSecurity() != null) {
			formatSection(issue.getSecurity(), document);
		}
		ISemanticRegion authors = regions.keyword("authors");
		if (authors != null) {
			document.prepend(authors, f -> f.setNewLines(2));
			indentBlock(regions.keyword("{"), regions.keyword("}"), document);
			for (Author author : issue.getAuthors()) {
				document.prepend(author, f -> f.newLine());
			}
		}
	}

	private void formatSection(Section section, IFormattableDocument document) {
		document.prepend(section, f -> f.setNewLines(2));
		ISemanticRegionsFinder regions = regionFor(section);
		indentBlock(regions.keyword("{"), regions.keyword("}"), document);
		for (String keyword : SECTION_PARTS) {
			for (ISemanticRegion region : regions.keywords(keyword)) {
				// "national security": only the first word of a heading starts a line
				if (!isStatedFigure(region)) {
					newLineBefore(region, document);
				}
			}
		}
		alignCatalogue(section, document);
		for (EObject child : section.eContents()) {
			if (child instanceof Trend || child instanceof Event) {
				document.prepend(child, f -> f.newLine());
				document.surround(child, f -> f.indent());
			} else if (child instanceof Development development) {
				formatDevelopment(development, document);
			} else if (child instanceof SupportingTable table) {
				ISemanticRegionsFinder inner = regionFor(table);
				indentBlock(inner.keyword("{"), inner.keyword("}"), document);
				newLineBefore(inner.keyword("columns"), document);
				for (TableRow row : table.getRows()) {
					document.prepend(row, f -> f.newLine());
				}
			}
		}
	}

	/**
	 * A development indented under its heading. Written on one line, it stays on one line
	 * ({@code "Title" { """…""" }}); written as a block, its paragraphs go one per line, indented,
	 * and its closing brace on a line of its own.
	 */
	private void formatDevelopment(Development development, IFormattableDocument document) {
		document.prepend(development, f -> f.newLine());
		document.surround(development, f -> f.indent());
		ISemanticRegionsFinder inner = regionFor(development);
		ISemanticRegion open = inner.keyword("{");
		ISemanticRegion close = inner.keyword("}");
		if (open == null || close == null) {
			return;
		}
		if (isWrittenOnOneLine(open, close)) {
			for (IHiddenRegion between = open.getNextHiddenRegion(); between != null
					&& between.getOffset() < close.getOffset(); between = between.getNextSemanticRegion().getNextHiddenRegion()) {
				document.set(between, f -> f.oneSpace());
			}
		} else {
			indentBlock(open, close, document);
			for (ISemanticRegion paragraph : inner.features(BarometerPackage.Literals.DEVELOPMENT__PARAGRAPHS)) {
				document.prepend(paragraph, f -> f.newLine());
			}
		}
	}

	/** Whether no line break separates the words from {@code open} to {@code close}. */
	private static boolean isWrittenOnOneLine(ISemanticRegion open, ISemanticRegion close) {
		for (IHiddenRegion between = open.getNextHiddenRegion(); between != null
				&& between.getOffset() < close.getOffset(); between = between.getNextSemanticRegion().getNextHiddenRegion()) {
			if (between.isMultiline()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Lines a catalogue up like the published table, within a bounded width: every description
	 * starts in the same column, and so does every first score, as long as that column stays
	 * within {@link #SCORE_COLUMN_LIMIT} and the row within {@link #LINE_LIMIT}. A description
	 * longer than the column keeps its score one space after it; a description or a date written
	 * over several lines is left where it is, and does not count.
	 */
	private void alignCatalogue(Section section, IFormattableDocument document) {
		List<Event> events = section.eContents().stream().filter(Event.class::isInstance).map(Event.class::cast).toList();
		int indent = 2 * indentationWidth();
		int dateColumn = 0;
		for (Event event : events) {
			int width = width(dateOf(event));
			if (width <= DATE_WIDTH_LIMIT) {
				dateColumn = Math.max(dateColumn, width);
			}
		}
		int scoreColumn = 0;
		for (Event event : events) {
			int natural = indent + dateSpan(event, dateColumn) + 1 + width(descriptionOf(event)) + 1;
			if (natural <= SCORE_COLUMN_LIMIT) {
				scoreColumn = Math.max(scoreColumn, natural);
			}
		}
		for (Event event : events) {
			ITextSegment date = dateOf(event);
			ISemanticRegion description = descriptionOf(event);
			if (date == null || width(date) == 0 || description == null || width(description) == 0) {
				continue;
			}
			int rest = restOfRow(event, description);
			int dateSpan = dateSpan(event, dateColumn);
			int scoreAt = Math.max(scoreColumn, indent + dateSpan + 1 + width(description) + 1);
			if (scoreAt + rest > LINE_LIMIT) {
				scoreAt = indent + dateSpan + 1 + width(description) + 1;
			}
			if (scoreAt + rest > LINE_LIMIT) {
				dateSpan = width(date);
				scoreAt = indent + dateSpan + 1 + width(description) + 1;
			}
			String dateSpace = " ".repeat(dateSpan - width(date) + 1);
			String scoreSpace = " ".repeat(scoreAt - (indent + dateSpan + 1 + width(description)));
			document.append(event.getDate(), f -> f.setSpace(dateSpace));
			document.append(description, f -> f.setSpace(scoreSpace));
		}
	}

	/** The width the row's date takes with the date column: the column, or the date itself when longer. */
	private int dateSpan(Event event, int dateColumn) {
		int width = width(dateOf(event));
		return width <= DATE_WIDTH_LIMIT ? Math.max(dateColumn, width) : width;
	}

	/** The length of the row after its description, up to the end of its line: scores and sources. */
	private int restOfRow(Event event, ISemanticRegion description) {
		ITextSegment row = textRegionExtensions.regionForEObject(event);
		int from = description.getNextSemanticRegion() == null ? description.getEndOffset()
				: description.getNextSemanticRegion().getOffset();
		String text = row.getText().substring(Math.max(0, Math.min(from - row.getOffset(), row.getLength())));
		int lineBreak = text.indexOf('\n');
		return lineBreak < 0 ? text.length() : lineBreak;
	}

	private int indentationWidth() {
		String indentation = getRequest().getPreferences().getPreference(FormatterPreferenceKeys.indentation);
		return indentation == null ? 2 : indentation.replace("\t", "    ").length();
	}

	private ITextSegment dateOf(Event event) {
		return event.getDate() == null ? null : textRegionExtensions.regionForEObject(event.getDate());
	}

	private ISemanticRegion descriptionOf(Event event) {
		return regionFor(event).feature(event.eClass().getEStructuralFeature("description"));
	}

	/** The segment's length on one line; 0 when it is missing or spans lines. */
	private static int width(ITextSegment segment) {
		return segment == null || segment.getText().contains("\n") ? 0 : segment.getLength();
	}

	private ISemanticRegionsFinder regionFor(EObject object) {
		return textRegionExtensions.regionFor(object);
	}

	private static boolean isStatedFigure(ISemanticRegion region) {
		return region.getSemanticElement() instanceof StatedFigure;
	}

	private void newLineBefore(ISemanticRegion region, IFormattableDocument document) {
		if (region != null) {
			document.prepend(region, f -> f.newLine());
		}
	}

	private void indentBlock(ISemanticRegion open, ISemanticRegion close, IFormattableDocument document) {
		if (open != null && close != null) {
			document.interior(open, close, f -> f.indent());
			document.prepend(close, f -> f.newLine());
		}
	}
}
