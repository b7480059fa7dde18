package org.barometer.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.importer.layout.PrintedIssue.Band;
import org.barometer.importer.text.WrappedText;

/**
 * Appendix 3, the colour scale as printed: a band per colour with its range in words
 * ("higher than -1", "from -2 to -6", "-18 and lower") and its interpretation, on one line
 * with tabs or wrapped over several.
 */
final class ColourScaleReader {

	static final String RANGE = "higher than [+\\-\u2013]?\\d+|lower than [+\\-\u2013]?\\d+|above [+\\-\u2013]?\\d+|below [+\\-\u2013]?\\d+"
			+ "|from [+\\-\u2013]?\\d+ to [+\\-\u2013]?\\d+|[+\\-\u2013]?\\d+ and (?:lower|higher|below|above|less|more)";
	private static final Pattern BAND = Pattern.compile("(\\p{Lu}\\p{L}+)\\s+(" + RANGE + ")(?:\\s+(.*))?");
	private static final Pattern HEADER = Pattern.compile("Colou?r\\b.*\\bValue\\b.*");

	private final LineLedger ledger;

	ColourScaleReader(LineLedger ledger) {
		this.ledger = ledger;
	}

	List<Band> read(int from, int to) {
		List<Band> bands = new ArrayList<>();
		String colour = null;
		String range = null;
		StringBuilder interpretation = null;
		int first = -1;
		int last = -1;
		for (int i = from; i < to; i++) {
			if (!ledger.isFree(i)) {
				continue;
			}
			String line = ledger.text(i).replace('\t', ' ').replaceAll(" {2,}", " ");
			if (HEADER.matcher(line).matches() && colour == null) {
				ledger.place(i, "colour scale header");
				continue;
			}
			Matcher m = BAND.matcher(line);
			if (m.matches()) {
				if (colour != null) {
					bands.add(band(colour, range, interpretation, first, last));
				}
				colour = m.group(1);
				range = m.group(2);
				interpretation = new StringBuilder(m.group(3) == null ? "" : m.group(3).strip());
				first = i;
			} else if (colour != null) {
				WrappedText.append(interpretation, line);
			} else {
				continue; // before the first band: left for the report
			}
			ledger.place(i, "colour scale");
			last = i;
		}
		if (colour != null) {
			bands.add(band(colour, range, interpretation, first, last));
		}
		return bands;
	}

	private Band band(String colour, String range, StringBuilder interpretation, int first, int last) {
		return new Band(colour, range, interpretation.toString(), new SourceSpan(ledger.line(first), ledger.line(last)));
	}
}
