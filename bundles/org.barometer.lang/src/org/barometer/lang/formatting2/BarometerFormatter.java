package org.barometer.lang.formatting2;

import java.util.List;

import org.barometer.model.Band;
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
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Lays a file out like the publication: one declaration per line, a blank line between
 * sections, block contents indented, each catalogue row on its own line with its columns aligned.
 */
public class BarometerFormatter extends AbstractFormatter2 {

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
		for (String keyword : new String[] { "title", "publisher", "scores", "relationships", "axes" }) {
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
		for (String keyword : new String[] { "period", "editor", "letter" }) {
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
				document.prepend(development, f -> f.newLine());
				ISemanticRegionsFinder inner = regionFor(development);
				indentBlock(inner.keyword("{"), inner.keyword("}"), document);
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
	 * Lines a catalogue up like the published table: every description starts in the same
	 * column, and so does every first score. A description written over several lines is left
	 * where it is, and does not count.
	 */
	private void alignCatalogue(Section section, IFormattableDocument document) {
		List<Event> events = section.eContents().stream().filter(Event.class::isInstance).map(Event.class::cast).toList();
		int dateWidth = 0;
		int descriptionWidth = 0;
		for (Event event : events) {
			dateWidth = Math.max(dateWidth, width(dateOf(event)));
			descriptionWidth = Math.max(descriptionWidth, width(descriptionOf(event)));
		}
		for (Event event : events) {
			ITextSegment date = dateOf(event);
			ISemanticRegion description = descriptionOf(event);
			if (date != null && width(date) > 0 && description != null) {
				String space = " ".repeat(dateWidth - width(date) + 1);
				document.append(event.getDate(), f -> f.setSpace(space));
			}
			if (description != null && width(description) > 0) {
				String space = " ".repeat(descriptionWidth - width(description) + 1);
				document.append(description, f -> f.setSpace(space));
			}
		}
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
