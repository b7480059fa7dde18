package org.barometer.importer.layout;

import java.util.List;

import org.barometer.model.FigureKind;
import org.barometer.model.Month;

/**
 * Everything the layout recognition found in a published issue, as printed (nothing
 * corrected, nothing computed), with where each row and figure stood. The model is built
 * from it; a part the source lacks is null or empty.
 */
public record PrintedIssue(String publicationTitle, String securityTitle, int number, Month firstMonth, Month secondMonth, int year, Letter letter,
		List<Section> sections, Section security, List<Table> relationshipTables, Table securityTable,
		List<Band> scale, List<Author> authors) {

	/** The letter (greeting to closing and name), the editor named under it and the role lines under the name. */
	public record Letter(String text, String editor, String editorRole) {
	}

	/** A relationship's section (or the security section, whose partner is null). */
	public record Section(String partner, SourceSpan heading, List<Figure> figures, List<Trend> trends,
			List<Development> developments, List<Development> national, List<Development> regional, String forecast,
			List<SupportingTable> tables) {
	}

	/** A header block's figure; the regional tension index may print its colour. */
	public record Figure(FigureKind kind, int value, String colour, SourceSpan where) {
	}

	public record Trend(int number, String text) {
	}

	public record Development(String title, List<String> paragraphs) {
	}

	public record SupportingTable(String title, List<String> columns, List<List<String>> rows) {
	}

	/** A catalogue table: a relationship's in Appendix 1 (partner as its heading prints it), or the security one in Appendix 2. */
	public record Table(String partner, List<String> scoreColumns, List<Row> rows, Total total) {
	}

	/** A catalogue row: a null score is one the row does not print. */
	public record Row(String date, String description, List<Integer> scores, List<Integer> extraScores, SourceSpan where) {
	}

	public record Total(List<Integer> values, String colour, SourceSpan where) {
	}

	/** A band of Appendix 3's colour scale: its range as printed ("from -2 to -6", "higher than -1"). */
	public record Band(String colour, String range, String interpretation, SourceSpan where) {
	}

	public record Author(String name, String affiliation, String interests) {
	}
}
