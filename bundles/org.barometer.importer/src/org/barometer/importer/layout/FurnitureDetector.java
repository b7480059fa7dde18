package org.barometer.importer.layout;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.barometer.importer.text.DatePrefix;
import org.barometer.importer.text.ScoreToken;
import org.barometer.importer.text.WrappedText;

/**
 * Page furniture recognisable on its own: running heads (the publication's title line, the
 * issue and period line, any short line repeated on many pages), page numbers printed with
 * the web address, and footnote links. Chart labels and repeated table headers depend on
 * where they stand and are found by the readers of those parts.
 */
final class FurnitureDetector {

	/** "№ 18 (November and December 2020)". */
	static final Pattern ISSUE_LINE = Pattern.compile("(?:№|No\\.?)\\s*(\\d{1,4})\\s*\\((.+)\\)");
	/** "MINSK BAROMETER: Monitoring of foreign policy and regional security". */
	private static final Pattern TITLE_HEAD = Pattern.compile("\\p{Lu}[\\p{Lu} .'’-]{3,}:\\s+\\S.*");
	/** "5minskdialogue.by": the page number run into the web address. */
	private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}\\s*(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6}/?");
	/** A page number alone on its line: scores are signed, so a bare number in the text is no score. */
	private static final Pattern BARE_PAGE_NUMBER = Pattern.compile("\\d{1,3}");
	private static final Pattern LINK = Pattern.compile("(?:https?://|www\\.)\\S+");
	private static final int LONGEST_RUNNING_HEAD = 80;

	private final Map<String, Integer> occurrences = new HashMap<>();

	FurnitureDetector(LineLedger ledger) {
		for (int i = 0; i < ledger.size(); i++) {
			if (!ledger.isBlank(i)) {
				occurrences.merge(ledger.text(i), 1, Integer::sum);
			}
		}
	}

	FurnitureKind classify(String text) {
		if (ISSUE_LINE.matcher(text).matches() || TITLE_HEAD.matcher(text).matches()) {
			return FurnitureKind.RUNNING_HEAD;
		}
		if (PAGE_NUMBER.matcher(text).matches() || BARE_PAGE_NUMBER.matcher(text).matches() && !text.equals("0")) {
			return FurnitureKind.PAGE_NUMBER;
		}
		if (LINK.matcher(text).matches()) {
			return FurnitureKind.FOOTNOTE_LINK;
		}
		return null;
	}

	/**
	 * A short line printed at least {@code times} times: a running head when it stands among
	 * other furniture (the caller checks that), since a subsection title may repeat too.
	 */
	boolean isRepeatedHead(String text, int times) {
		return occurrences.getOrDefault(text, 0) >= times && text.length() <= LONGEST_RUNNING_HEAD
				&& !WrappedText.endsComplete(text) && !isStructure(text);
	}

	private static boolean isStructure(String text) {
		return StructureLines.isHeading(text) || StructureLines.isTableHeader(text) || StructureLines.figure(text) != null
				|| text.startsWith("Total") || DatePrefix.of(text) != null || DatePrefix.isOpenRange(text)
				|| Arrays.stream(text.split("\\s+")).allMatch(t -> ScoreToken.is(t) || t.matches("\\d+"));
	}
}
