package org.barometer.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.importer.layout.PrintedIssue.Author;

/**
 * The Authors page: a paragraph per analyst, "Name, affiliation … Research interests: …".
 * A paragraph that does not open with a name (the partners' and funders' note) is left for
 * the report.
 */
final class AuthorsReader {

	private static final Pattern AUTHOR = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}),\\s+(.+)");
	private static final Pattern INTERESTS = Pattern.compile("(?:Main |Her |His )?[Rr]esearch interests(?: include)?:\\s*");

	private final LineLedger ledger;

	AuthorsReader(LineLedger ledger) {
		this.ledger = ledger;
	}

	List<Author> read(int from, int to) {
		List<Author> authors = new ArrayList<>();
		for (Paragraph paragraph : new ParagraphAssembler(ledger).paragraphs(from, to)) {
			// a name set in bold ("**Sergey Bogdan**, political expert") is the name
			Matcher m = AUTHOR.matcher(paragraph.text().replaceFirst("^\\*\\*([^*]+)\\*\\*", "$1"));
			if (!m.matches()) {
				continue;
			}
			String rest = m.group(2);
			Matcher interests = INTERESTS.matcher(rest);
			if (interests.find()) {
				authors.add(new Author(m.group(1), rest.substring(0, interests.start()).strip(), rest.substring(interests.end()).strip()));
			} else {
				authors.add(new Author(m.group(1), rest.strip(), null));
			}
			paragraph.placeIn(ledger, "author");
		}
		return authors;
	}
}
