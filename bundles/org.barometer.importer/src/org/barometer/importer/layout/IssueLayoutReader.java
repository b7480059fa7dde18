package org.barometer.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.importer.layout.PrintedIssue.Band;
import org.barometer.importer.layout.PrintedIssue.Figure;
import org.barometer.importer.layout.PrintedIssue.Letter;
import org.barometer.importer.layout.PrintedIssue.Section;
import org.barometer.importer.layout.PrintedIssue.Table;
import org.barometer.importer.source.SourceDocument;
import org.barometer.model.FigureKind;
import org.barometer.model.Month;

/**
 * The layout recognition: finds a published issue's parts by their headings and reads each
 * with its reader. The order of work matters because each reader claims the lines it uses:
 * page furniture first, then the header blocks' figures, the headings, the chart labels,
 * and then the parts. Whatever no one claimed is unplaced, and the report lists it.
 */
public final class IssueLayoutReader {

	private static final Pattern PERIOD = Pattern.compile(
			"(January|February|March|April|May|June|July|August|September|October|November|December)\\s*(?:and|&|-|\u2013)\\s*"
					+ "(January|February|March|April|May|June|July|August|September|October|November|December),?\\s+(\\d{4})");
	private static final Pattern CHART_LABEL = Pattern.compile("[+\\-\u2013\u2212]\\d{1,3}|0");
	/** Furniture clusters at a page break: a repeated line this near other furniture is a running head. */
	private static final int PAGE_BREAK_REACH = 6;
	private static final int LONGEST_MASTHEAD_LINE = 60;
	private static final int LONGEST_CONTENTS_ENTRY = 100;

	private enum Kind { LETTER, RELATIONSHIP, SECURITY, RELATIONS_CATALOGUE, TABLE, SECURITY_CATALOGUE, SCALE, OTHER_APPENDIX, AUTHORS }

	/** A part of the issue from its heading; {@code name} is a relationship's partner or the heading as printed. */
	private record Part(Kind kind, int heading, int content, String name) {
	}

	/** What was read, with the ledger of every line and notes on what had to be guessed. */
	public record Recognition(PrintedIssue issue, LineLedger ledger, List<String> notes) {
	}

	public Recognition read(SourceDocument document) {
		LineLedger ledger = new LineLedger(document.lines());
		List<String> notes = new ArrayList<>();
		markFurniture(ledger);
		List<Integer> figureLines = claimFigures(ledger);
		List<Part> parts = outline(ledger);
		markChartLabels(ledger, parts);
		List<List<Figure>> figuresByPart = assignFigures(ledger, parts, figureLines);

		int[] identity = identity(ledger, document.name(), notes);
		Letter letter = null;
		List<Section> sections = new ArrayList<>();
		Section security = null;
		List<Table> tables = new ArrayList<>();
		Table securityTable = null;
		List<Band> scale = List.of();
		List<PrintedIssue.Author> authors = List.of();
		SectionReader sectionReader = new SectionReader(ledger);
		for (int p = 0; p < parts.size(); p++) {
			Part part = parts.get(p);
			int end = p + 1 < parts.size() ? parts.get(p + 1).heading() : ledger.size();
			SourceSpan heading = SourceSpan.of(ledger.line(part.heading()));
			switch (part.kind()) {
				case LETTER -> letter = new LetterReader(ledger).read(part.heading(), end);
				case RELATIONSHIP -> sections.add(sectionReader.read(part.name(), heading, figuresByPart.get(p), part.content(), end));
				case SECURITY -> security = sectionReader.read(null, heading, figuresByPart.get(p), part.content(), end);
				case TABLE -> tables.add(new CatalogueTableReader(ledger, 1).read(part.name(), part.content(), end));
				case SECURITY_CATALOGUE -> securityTable = new CatalogueTableReader(ledger, 2).read(null, part.content(), end);
				case SCALE -> scale = new ColourScaleReader(ledger).read(part.content(), end);
				case AUTHORS -> authors = new AuthorsReader(ledger).read(part.content(), end);
				case RELATIONS_CATALOGUE, OTHER_APPENDIX -> { } // its tables are parts of their own
			}
		}
		if (letter == null) {
			notes.add("No editor's letter (a greeting such as \"Dear readers!\") was found.");
		}
		Month[] months = { month(identity[1]), month(identity[2]) };
		String securityTitle = parts.stream().filter(p -> p.kind() == Kind.SECURITY).map(Part::name).findFirst().orElse(null);
		PrintedIssue issue = new PrintedIssue(publicationTitle(ledger), securityTitle, identity[0], months[0], months[1], identity[3], letter,
				List.copyOf(sections), security, List.copyOf(tables), securityTable, scale, authors);
		return new Recognition(issue, ledger, List.copyOf(notes));
	}

	private static void markFurniture(LineLedger ledger) {
		FurnitureDetector detector = new FurnitureDetector(ledger);
		for (int i = 0; i < ledger.size(); i++) {
			if (!ledger.isBlank(i)) {
				FurnitureKind kind = detector.classify(ledger.text(i));
				if (kind != null) {
					ledger.furniture(i, kind);
				}
			}
		}
		List<Integer> repeated = new ArrayList<>();
		for (int i = 0; i < ledger.size(); i++) {
			if (ledger.isFree(i) && (detector.isRepeatedHead(ledger.text(i), 3) && nearFurniture(ledger, i)
					|| detector.isRepeatedHead(ledger.text(i), 2) && besideFurniture(ledger, i))) {
				repeated.add(i);
			}
		}
		repeated.forEach(i -> ledger.furniture(i, FurnitureKind.RUNNING_HEAD));
	}

	/** Whether only blank lines separate the line from the furniture before it. */
	private static boolean besideFurniture(LineLedger ledger, int index) {
		int i = index - 1;
		while (i >= 0 && ledger.isBlank(i)) {
			i--;
		}
		return i >= 0 && ledger.isFurniture(i);
	}

	private static boolean nearFurniture(LineLedger ledger, int index) {
		for (int i = Math.max(0, index - PAGE_BREAK_REACH); i < Math.min(ledger.size(), index + PAGE_BREAK_REACH + 1); i++) {
			if (i != index && ledger.isFurniture(i)) {
				return true;
			}
		}
		return false;
	}

	private static List<Integer> claimFigures(LineLedger ledger) {
		List<Integer> figures = new ArrayList<>();
		for (int i = 0; i < ledger.size(); i++) {
			if (ledger.isFree(i) && StructureLines.figure(ledger.text(i)) != null) {
				figures.add(i);
				ledger.place(i, "stated figure");
			}
		}
		return figures;
	}

	private static List<Part> outline(LineLedger ledger) {
		List<Part> parts = new ArrayList<>();
		boolean inAppendix = false;
		boolean sectionsBegun = false;
		for (int i = 0; i < ledger.size(); i++) {
			if (!ledger.isFree(i)) {
				continue;
			}
			String text = ledger.text(i);
			if (parts.isEmpty() && StructureLines.isGreeting(text)) {
				int next = nextFree(ledger, i + 1);
				if (next >= 0 && ledger.text(next).equals(text)) {
					ledger.furniture(i, FurnitureKind.REPEATED_HEADING); // the page's title repeats the letter's greeting
					continue;
				}
				markMasthead(ledger, i);
				parts.add(new Part(Kind.LETTER, i, i, null));
			} else if (!sectionsBegun && StructureLines.isContentsHeading(text)) {
				i = markContents(ledger, i) - 1;
			} else if (!sectionsBegun && StructureLines.isIndexSummary(text)) {
				i = markIndexSummary(ledger, i) - 1;
			} else if (!sectionsBegun && StructureLines.isContentsEntry(text)) {
				ledger.furniture(i, FurnitureKind.TABLE_OF_CONTENTS);
				int next = nextFree(ledger, i + 1);
				if (text.matches("\\d+\\s+Appendix.*") && next >= 0 && !StructureLines.isContentsEntry(ledger.text(next))
						&& !StructureLines.isHeading(ledger.text(next))) {
					ledger.furniture(next, FurnitureKind.TABLE_OF_CONTENTS); // the appendix's title under its entry
				}
			} else if (StructureLines.appendix(text) > 0) {
				inAppendix = true;
				sectionsBegun = true;
				ledger.place(i, "appendix heading");
				StringBuilder title = new StringBuilder();
				int content = readTitleBlock(ledger, i + 1, title);
				String t = title.toString().toLowerCase(Locale.ROOT);
				Kind kind = t.contains("scale") ? Kind.SCALE : !t.contains("catalogue") ? Kind.OTHER_APPENDIX
						: t.contains("security") ? Kind.SECURITY_CATALOGUE : Kind.RELATIONS_CATALOGUE;
				parts.add(new Part(kind, i, content, title.toString()));
				i = content - 1;
			} else if (StructureLines.relationship(text) != null) {
				sectionsBegun = true;
				ledger.place(i, inAppendix ? "catalogue heading" : "section heading");
				parts.add(new Part(inAppendix ? Kind.TABLE : Kind.RELATIONSHIP, i, i + 1, StructureLines.relationship(text)));
			} else if (!inAppendix && StructureLines.isSecurity(text)) {
				sectionsBegun = true;
				ledger.place(i, "section heading");
				int content = i + 1;
				// "Security Barometer:" / "status of national" / "and regional security": the heading wraps
				for (String last = text; content < ledger.size() && ledger.isFree(content)
						&& (last.endsWith(":") || Character.isLowerCase(ledger.text(content).charAt(0))); content++) {
					last = ledger.text(content);
					ledger.place(content, "section heading");
				}
				StringBuilder title = new StringBuilder();
				for (int t = i; t < content; t++) {
					org.barometer.importer.text.WrappedText.append(title, ledger.text(t));
				}
				parts.add(new Part(Kind.SECURITY, i, content, title.toString()));
			} else if (StructureLines.isAuthors(text)) {
				ledger.place(i, "authors heading");
				parts.add(new Part(Kind.AUTHORS, i, i + 1, null));
			}
		}
		return parts;
	}

	/**
	 * A contents page whose entries carry no page numbers (as the studio's Word export prints
	 * it): the entries run to the end of its page, or to a line that is no entry (a sentence, a
	 * table row), or to an entry printed a second time (the next page's heading). Returns the
	 * index after it.
	 */
	private static int markContents(LineLedger ledger, int heading) {
		ledger.furniture(heading, FurnitureKind.TABLE_OF_CONTENTS);
		java.util.Set<String> entries = new java.util.HashSet<>();
		int i = heading + 1;
		for (; i < ledger.size(); i++) {
			if (ledger.isBlank(i) || ledger.isFurniture(i)) {
				continue;
			}
			String text = ledger.text(i);
			boolean samePage = ledger.line(i).page() == ledger.line(heading).page();
			boolean entry = StructureLines.isHeading(text) || StructureLines.isIndexSummary(text)
					|| text.indexOf('\t') < 0 && text.length() <= LONGEST_CONTENTS_ENTRY && !org.barometer.importer.text.WrappedText.endsComplete(text);
			if (!samePage || !ledger.isFree(i) || !entry || !entries.add(text)) {
				break;
			}
			ledger.furniture(i, FurnitureKind.TABLE_OF_CONTENTS);
		}
		return i;
	}

	/** The index summary: its heading and the tables under it, to the next heading. Returns the index after it. */
	private static int markIndexSummary(LineLedger ledger, int heading) {
		ledger.furniture(heading, FurnitureKind.INDEX_SUMMARY);
		int i = heading + 1;
		for (; i < ledger.size(); i++) {
			if (!ledger.isFree(i)) {
				continue;
			}
			String text = ledger.text(i);
			if (StructureLines.isHeading(text) || StructureLines.figure(text) != null) {
				break;
			}
			if (text.indexOf('\t') >= 0 || text.length() <= LONGEST_CONTENTS_ENTRY && !org.barometer.importer.text.WrappedText.endsComplete(text)) {
				ledger.furniture(i, FurnitureKind.INDEX_SUMMARY);
			} else {
				break;
			}
		}
		return i;
	}

	/** The appendix's title: the first block of lines after its heading. Returns the index after it. */
	private static int readTitleBlock(LineLedger ledger, int from, StringBuilder title) {
		int i = from;
		while (i < ledger.size() && !ledger.isFree(i)) {
			i++;
		}
		for (; i < ledger.size() && ledger.isFree(i); i++) {
			String line = ledger.text(i);
			if (StructureLines.isHeading(line) || StructureLines.isTableHeader(line)) {
				break;
			}
			org.barometer.importer.text.WrappedText.append(title, line);
			ledger.place(i, "appendix heading");
		}
		return i;
	}

	/** The masthead above the letter: the publication's name and strapline in short lines. */
	private static void markMasthead(LineLedger ledger, int letter) {
		for (int i = 0; i < letter; i++) {
			if (ledger.isFree(i) && ledger.text(i).length() <= LONGEST_MASTHEAD_LINE
					&& !org.barometer.importer.text.WrappedText.endsComplete(ledger.text(i))) {
				ledger.furniture(i, FurnitureKind.MASTHEAD);
			}
		}
	}

	private static int nextFree(LineLedger ledger, int from) {
		for (int i = from; i < ledger.size(); i++) {
			if (ledger.isFree(i)) {
				return i;
			}
		}
		return -1;
	}

	/** Signed numbers standing alone in the prose are the labels of the section's chart. */
	private static void markChartLabels(LineLedger ledger, List<Part> parts) {
		int appendices = parts.stream().filter(p -> p.kind() != Kind.LETTER && p.kind() != Kind.RELATIONSHIP && p.kind() != Kind.SECURITY)
				.filter(p -> p.kind() != Kind.AUTHORS).mapToInt(Part::heading).min().orElse(ledger.size());
		for (int i = 0; i < appendices; i++) {
			if (ledger.isFree(i) && CHART_LABEL.matcher(ledger.text(i)).matches()) {
				ledger.furniture(i, FurnitureKind.CHART_LABEL);
			}
		}
	}

	/**
	 * Gives each header block to its section: the one whose heading follows it directly (the
	 * block printed above the heading), or else the one it stands in (below the heading or in
	 * the middle of the section). A block that belongs to no relationship is given back.
	 */
	private static List<List<Figure>> assignFigures(LineLedger ledger, List<Part> parts, List<Integer> figureLines) {
		List<List<Figure>> byPart = new ArrayList<>();
		parts.forEach(p -> byPart.add(new ArrayList<>()));
		List<List<Integer>> blocks = new ArrayList<>();
		for (int line : figureLines) {
			List<Integer> last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
			if (last != null && onlyBlankOrClaimedBetween(ledger, last.get(last.size() - 1), line)) {
				last.add(line);
			} else {
				blocks.add(new ArrayList<>(List.of(line)));
			}
		}
		for (List<Integer> block : blocks) {
			int first = block.get(0);
			int last = block.get(block.size() - 1);
			int next = -1;
			int containing = -1;
			for (int p = 0; p < parts.size(); p++) {
				if (parts.get(p).heading() > last && next < 0) {
					next = p;
				}
				if (parts.get(p).heading() < first) {
					containing = p;
				}
			}
			int owner;
			if (next >= 0 && isSection(parts.get(next)) && onlyBlankOrClaimedBetween(ledger, last, parts.get(next).heading())) {
				owner = next;
			} else if (containing >= 0 && isSection(parts.get(containing))) {
				owner = containing;
			} else {
				block.forEach(ledger::release);
				continue;
			}
			for (int line : block) {
				Matcher m = StructureLines.figure(ledger.text(line));
				FigureKind kind = switch (m.group(1)) {
					case "Aggregate index" -> FigureKind.AGGREGATE;
					case "Positive points" -> FigureKind.POSITIVE;
					case "Negative points" -> FigureKind.NEGATIVE;
					case "National security index" -> FigureKind.NATIONAL;
					default -> FigureKind.REGIONAL;
				};
				byPart.get(owner).add(new Figure(kind, org.barometer.importer.text.ScoreToken.value(signed(m.group(2))), m.group(3),
						SourceSpan.of(ledger.line(line))));
			}
		}
		return byPart;
	}

	private static boolean isSection(Part part) {
		return part.kind() == Kind.RELATIONSHIP || part.kind() == Kind.SECURITY;
	}

	private static String signed(String figure) {
		return Character.isDigit(figure.charAt(0)) ? (figure.equals("0") ? "0" : "+" + figure) : figure;
	}

	private static boolean onlyBlankOrClaimedBetween(LineLedger ledger, int first, int second) {
		for (int i = first + 1; i < second; i++) {
			if (ledger.isFree(i)) {
				return false;
			}
		}
		return true;
	}

	/** Number, first and second month (values 1–12), year: from the running head "№ 18 (November and December 2020)", else the text. */
	private static int[] identity(LineLedger ledger, String sourceName, List<String> notes) {
		int number = 0;
		Matcher period = null;
		for (int i = 0; i < ledger.size() && (number == 0 || period == null); i++) {
			Matcher m = FurnitureDetector.ISSUE_LINE.matcher(ledger.text(i));
			if (m.matches()) {
				number = Integer.parseInt(m.group(1));
				Matcher p = PERIOD.matcher(m.group(2));
				if (p.find()) {
					period = p;
				}
			}
		}
		if (period == null) {
			for (int i = 0; i < ledger.size() && period == null; i++) {
				Matcher p = PERIOD.matcher(ledger.line(i).text());
				if (p.find()) {
					period = p;
				}
			}
		}
		if (number == 0) {
			Matcher m = Pattern.compile("(\\d{1,4})").matcher(sourceName);
			if (m.find()) {
				number = Integer.parseInt(m.group(1));
				notes.add("The issue's number was not printed as \"№ N (…)\"; " + number + " was taken from the file name.");
			} else {
				notes.add("The issue's number was not found; the issue is numbered 0 until it is corrected.");
			}
		}
		if (period == null) {
			notes.add("The issue's period (\"November and December 2020\") was not found; it is written as January-February 1900 until corrected.");
			return new int[] { number, 1, 2, 1900 };
		}
		return new int[] { number, monthValue(period.group(1)), monthValue(period.group(2)), Integer.parseInt(period.group(3)) };
	}

	private static int monthValue(String name) {
		for (Month month : Month.VALUES) {
			if (month.getName().equalsIgnoreCase(name)) {
				return month.ordinal() + 1;
			}
		}
		return 1;
	}

	private static Month month(int value) {
		return Month.VALUES.get(value - 1);
	}

	/** The publication's name from its masthead or running head, in title case ("MINSK BAROMETER" → "Minsk Barometer"). */
	private static String publicationTitle(LineLedger ledger) {
		for (int i = 0; i < ledger.size(); i++) {
			FurnitureKind kind = ledger.furnitureKind(i);
			String text = ledger.text(i);
			String name = kind == FurnitureKind.RUNNING_HEAD && text.matches("[\\p{Lu} ]{4,}:.*") ? text.replaceFirst(":.*", "").strip()
					: kind == FurnitureKind.MASTHEAD && text.matches("\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,4}") ? text : null;
			if (name != null) {
				return name.equals(name.toUpperCase(Locale.ROOT)) ? titleCase(name) : name;
			}
		}
		return null;
	}

	private static String titleCase(String caps) {
		StringBuilder title = new StringBuilder();
		for (String word : caps.split("\\s+")) {
			title.append(title.isEmpty() ? "" : " ").append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
		}
		return title.toString();
	}
}
