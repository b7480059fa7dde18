package org.barometer.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.barometer.importer.ArchiveImport;
import org.barometer.importer.ImportedIssue;
import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SupportingTable;
import org.junit.jupiter.api.Test;

/**
 * Issues of the series the import has never seen: variations made from the reference texts
 * (page breaks elsewhere, rows wrapped otherwise, parts moved or missing). What the import
 * must find is the unchanged reference's import, changed as the variation changes it.
 */
class LayoutVariationsTest {

	private Issue read(Variation variation) {
		Language language = new Language();
		PublicationProfile profile = (PublicationProfile) language.load(Reference.profile());
		ImportedIssue imported = new ArchiveImport().importDocument(variation.document(), profile);
		Issue issue = (Issue) language.parse(imported.issueText(), imported.fileName());
		language.resolveAll();
		assertEquals(List.of(), Language.syntaxErrors(issue), imported.issueText());
		return issue;
	}

	private List<String> catalogues(int number) {
		return Catalogues.of(read(Variation.of(number)));
	}

	private static RelationshipSection section(Issue issue, String relationship) {
		return issue.getSections().stream().filter(s -> s.getRelationship().getName().equals(relationship)).findFirst().orElseThrow();
	}

	@Test
	void aTableSplitAcrossPagesWithItsHeaderRepeatedIsOneTable() {
		Variation v = Variation.of(18);
		int ukraine = v.find(v.find("Appendix 1"), "Relationship with Ukraine");
		int row = v.find(ukraine, "11 November Agreements are signed on cooperation in the petrochemical sector +1");
		List<String> pageBreak = new ArrayList<>(Variation.pageBreak(31));
		pageBreak.addAll(List.of("Date Event Score", ""));
		v.insert(row, pageBreak);
		assertEquals(catalogues(18), Catalogues.of(read(v)));
	}

	@Test
	void aBarePageNumberAtAPageBreakIsFurnitureInATableAndInAParagraph() {
		Variation v = Variation.of(18);
		int row = v.find(v.find("Appendix 1"), "11 November Agreements are signed on cooperation in the petrochemical sector +1");
		v.insert(row, List.of("", "27", ""));
		int sentence = v.find("The bilateral political agenda was determined by the difference in the approaches of Minsk");
		v.insert(sentence + 1, List.of("", "4", ""));
		Issue issue = read(v);
		assertEquals(catalogues(18), Catalogues.of(issue));
		String paragraph = section(issue, "Russia").getDevelopments().get(0).getParagraphs().get(1);
		assertTrue(paragraph.startsWith("The bilateral political agenda was determined by the difference in the approaches of Minsk and Moscow to"), paragraph);
	}

	@Test
	void aDescriptionWrappedOverThreeLinesIsOneRow() {
		Variation v = Variation.of(18);
		int at = v.find(v.find("Appendix 1"), "10 December Lukashenka approves the plan for the use of the joint force grouping +2");
		v.cut(at, at + 1);
		v.insert(at, List.of("10 December", "Lukashenka approves the plan for", "the use of the joint force", "grouping +2"));
		assertEquals(catalogues(18), Catalogues.of(read(v)));
	}

	@Test
	void aTabSeparatedRowWrappedOverThreeLinesIsOneRow() {
		Variation v = Variation.of(17);
		int at = v.find(v.find("Appendix 1"), l -> l.startsWith("14 September\tLukashenka meets with Putin in Sochi"));
		v.cut(at, at + 1);
		v.insert(at, List.of("14 September", "Lukashenka meets with", "Putin in", "Sochi +3"));
		assertEquals(catalogues(17), Catalogues.of(read(v)));
	}

	@Test
	void aDescriptionEndingInANumberKeepsIt() {
		Variation v = Variation.of(18);
		int at = v.find(v.find("Appendix 1"), "10 December Lukashenka approves the plan for the use of the joint force grouping +2");
		v.cut(at, at + 1);
		v.insert(at, List.of("10 December", "Lukashenka approves the plan for the use of the joint force grouping for 2021-2025", "", "+2"));
		int tab = v.find(v.find("Appendix 1"), "15 December Board meeting of education agencies +1");
		v.cut(tab, tab + 1);
		v.insert(tab, List.of("15 December Board meeting of education agencies for 2021-2025 +1"));
		List<String> expected = new ArrayList<>(catalogues(18));
		replace(expected, "Lukashenka approves the plan for the use of the joint force grouping |", "Lukashenka approves the plan for the use of the joint force grouping for 2021-2025 |");
		replace(expected, "Board meeting of education agencies |", "Board meeting of education agencies for 2021-2025 |");
		assertEquals(expected, Catalogues.of(read(v)));
	}

	@Test
	void aDescriptionEndingInASignLikeTokenKeepsItWhenTheScoreStandsApart() {
		Variation v = Variation.of(18);
		int at = v.find(v.find("Appendix 1"), "4 December Video conference of the EEU heads of government +1");
		v.cut(at, at + 1);
		v.insert(at, List.of("4 December", "Video conference of the EEU heads of government, agenda item +3", "", "+1"));
		List<String> expected = new ArrayList<>(catalogues(18));
		replace(expected, "Video conference of the EEU heads of government |", "Video conference of the EEU heads of government, agenda item +3 |");
		assertEquals(expected, Catalogues.of(read(v)));
	}

	@Test
	void twoScoresOnARowKeepBothAndAnUndatedRowKeepsItsDash() {
		Variation v = Variation.of(18);
		int at = v.find(v.find("Appendix 1"), "4 December Video conference of the EEU heads of government +1");
		v.cut(at, at + 1);
		v.insert(at, List.of("- Video conference of the EEU heads of government +1 +2"));
		Issue issue = read(v);
		RelationshipEvent row = section(issue, "Russia").getEvents().stream()
				.filter(e -> e.getDescription().equals("Video conference of the EEU heads of government")).findFirst().orElseThrow();
		assertEquals("-", row.getDate().getText());
		assertEquals(1, row.getScore());
		assertEquals(List.of(2), row.getExtraScores());
		List<String> diagnostics = Language.diagnostics(issue);
		assertTrue(diagnostics.stream().anyMatch(d -> d.contains("[tooManyScores]")), diagnostics.toString());
		assertTrue(diagnostics.stream().anyMatch(d -> d.contains("[dateMissing]")), diagnostics.toString());
	}

	@Test
	void aLongDateRangeBrokenAcrossLinesIsOneDate() {
		Variation v = Variation.of(18);
		int at = v.find(v.find("Appendix 1"), "1 November Reduction in roaming fees +1");
		v.cut(at, at + 1);
		v.insert(at, List.of("28 October -", "8 November Reduction in roaming fees +1"));
		int other = v.find(v.find("Appendix 1"), "26 November Lavrov’s visit to Minsk +1");
		v.cut(other, other + 1);
		v.insert(other, List.of("28 October - 8 November Lavrov’s visit to Minsk +1"));
		List<String> expected = new ArrayList<>(catalogues(18));
		replace(expected, "1 November | Reduction in roaming fees", "28 October - 8 November | Reduction in roaming fees");
		replace(expected, "26 November | Lavrov’s visit to Minsk", "28 October - 8 November | Lavrov’s visit to Minsk");
		assertEquals(expected, Catalogues.of(read(v)));
	}

	@Test
	void aRelationshipMissingLeavesTheOthersWhole() {
		Variation v = Variation.of(18);
		int china = v.find("Relationship with China");
		v.cut(china, v.find(china, l -> l.startsWith("Aggregate index:  -14"))); // to the U.S. block printed above its heading
		int table = v.find(v.find("Appendix 1"), "Relationship with China");
		v.cut(table, v.find(table, "Relationship with the U.S."));
		List<String> expected = new ArrayList<>(catalogues(18));
		int from = expected.indexOf("relationship China");
		expected.subList(from, expected.indexOf("relationship US")).clear();
		assertEquals(expected, Catalogues.of(read(v)));
	}

	@Test
	void sectionsInAnotherOrderKeepTheirOwnFiguresAndRows() {
		Variation v = Variation.of(17);
		int eu = v.find("Relationship with the European Union");
		List<String> euSection = v.cut(eu, v.find(eu, "Relationship with China"));
		v.insert(v.find("Relationship with Russia"), euSection);
		List<String> expected = catalogues(17);
		Issue issue = read(v);
		assertEquals("EU", issue.getSections().get(0).getRelationship().getName());
		List<String> actual = Catalogues.of(issue);
		assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
		assertEquals(Catalogues.figures(section(read(Variation.of(17)), "EU")), Catalogues.figures(section(issue, "EU")));
	}

	@Test
	void aSupportingTableInTheSecuritySectionIsATable() {
		Variation v = Variation.of(17);
		int at = v.find(v.find("Exercises and confidence building measures in the region"), l -> l.startsWith("Belarus invited a big group"));
		v.insert(at, List.of("Table 1. Exercises in the region", "", "Date\tPlace\tName and subject\tScale\tNote",
				"14-25 September\tBrest\tSlavic Brotherhood\t6,000\tjoint", "12-16 October\tVitebsk\tIndestructible Brotherhood\t800\tCSTO", ""));
		Issue issue = read(v);
		assertEquals(1, issue.getSecurity().getTables().size());
		SupportingTable table = issue.getSecurity().getTables().get(0);
		assertEquals("Table 1. Exercises in the region", table.getTitle());
		assertEquals(List.of("Date", "Place", "Name and subject", "Scale", "Note"), table.getColumns());
		assertEquals(List.of("12-16 October", "Vitebsk", "Indestructible Brotherhood", "800", "CSTO"), table.getRows().get(1).getCells());
		assertEquals(catalogues(17), Catalogues.of(issue));
	}

	@Test
	void theHeaderBlockBeforeAfterOrInTheMiddleOfItsSectionIsItsOwn() {
		List<String> expected = catalogues(17);
		for (String position : List.of("above the heading", "among the developments", "before the forecast")) {
			Variation v = Variation.of(17);
			int russia = v.find("Relationship with Russia");
			int block = v.find(russia, l -> l.startsWith("Aggregate index"));
			List<String> figures = v.cut(block, block + 5);
			int at = switch (position) {
				case "above the heading" -> russia;
				case "among the developments" -> v.find(russia, "Constitutional reform");
				default -> v.find(russia, "Forecast");
			};
			List<String> moved = new ArrayList<>(figures);
			moved.add("");
			v.insert(at, moved);
			assertEquals(expected, Catalogues.of(read(v)), position);
		}
	}

	@Test
	void aHeaderBlockThatContradictsItsTableKeepsBothFigures() {
		Variation v = Variation.of(18);
		int at = v.find("Aggregate index:  +14");
		v.cut(at, at + 1);
		v.insert(at, List.of("Aggregate index:  +40"));
		Issue issue = read(v);
		assertEquals(List.of("stated aggregate 40", "stated positive 18", "stated negative -4", "stated total 14"),
				Catalogues.figures(section(issue, "Russia")));
		assertTrue(Language.diagnostics(issue).stream().anyMatch(d -> d.contains("Stated aggregate index +40 differs")));
		assertFalse(Catalogues.of(issue).isEmpty());
	}

	private static void replace(List<String> lines, String from, String to) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(from)) {
				lines.set(i, lines.get(i).replace(from, to));
				return;
			}
		}
		throw new AssertionError("no line with " + from);
	}
}
