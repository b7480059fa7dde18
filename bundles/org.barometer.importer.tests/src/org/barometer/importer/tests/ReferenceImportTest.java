package org.barometer.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.barometer.importer.ArchiveImport;
import org.barometer.importer.ImportReport;
import org.barometer.importer.ImportedIssue;
import org.barometer.importer.layout.FurnitureKind;
import org.barometer.importer.source.UnreadableSourceException;
import org.barometer.model.Development;
import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The import of the two published issues against what people checked by hand: the examples'
 * catalogues and stated figures, their pinned diagnostics, and the tables' JSON, row by row.
 */
class ReferenceImportTest {

	/** An imported issue read back by the language beside the examples' profile and the example of the same issue. */
	record ReadBack(ImportedIssue imported, Issue issue, Issue example) {
	}

	static ReadBack importWithExamplesProfile(int number) throws IOException, UnreadableSourceException {
		Language language = new Language();
		PublicationProfile profile = (PublicationProfile) language.load(Reference.profile());
		// the example is read apart: beside the import it would be another issue of the same number
		Language examples = new Language();
		examples.load(Reference.profile());
		Issue example = (Issue) examples.load(Reference.example(number));
		examples.resolveAll();
		ImportedIssue imported = new ArchiveImport().importSource(Reference.text(number), profile);
		Issue issue = (Issue) language.parse(imported.issueText(), imported.fileName());
		language.resolveAll();
		assertEquals(List.of(), Language.syntaxErrors(issue), imported.issueText());
		return new ReadBack(imported, issue, example);
	}

	@Test
	void catalogueAndStatedFiguresOfIssue17AreTheExamples() throws Exception {
		ReadBack read = importWithExamplesProfile(17);
		assertEquals(String.join("\n", Catalogues.of(read.example())), String.join("\n", Catalogues.of(read.issue())));
	}

	@Test
	void catalogueAndStatedFiguresOfIssue18AreTheExamples() throws Exception {
		ReadBack read = importWithExamplesProfile(18);
		assertEquals(String.join("\n", Catalogues.of(read.example())), String.join("\n", Catalogues.of(read.issue())));
	}

	@Test
	void everyRowAndFigureIsTheTablesJson() throws Exception {
		for (int number : new int[] { 17, 18 }) {
			ReadBack read = importWithExamplesProfile(number);
			JsonObject tables = Reference.tables(number);
			assertEquals(tables.get("issue").getAsInt(), read.issue().getNumber());
			List<String> expected = new ArrayList<>();
			for (var entry : tables.getAsJsonObject("relationships").entrySet()) {
				JsonObject r = entry.getValue().getAsJsonObject();
				JsonObject header = r.getAsJsonObject("header");
				expected.add(r.get("name").getAsString() + " stated " + header.get("aggregate_index") + " " + header.get("positive_points") + " "
						+ header.get("negative_points") + " total " + r.getAsJsonObject("appendix1").get("stated_total"));
				for (JsonElement e : r.getAsJsonObject("appendix1").getAsJsonArray("events")) {
					JsonObject event = e.getAsJsonObject();
					expected.add(event.get("date_text").getAsString() + " | " + event.get("description").getAsString() + " | " + event.get("score"));
				}
			}
			JsonObject appendix2 = tables.getAsJsonObject("security").getAsJsonObject("appendix2");
			expected.add("security " + appendix2.get("stated_total_national") + " " + appendix2.get("stated_total_regional") + " "
					+ appendix2.get("stated_colour").getAsString());
			for (JsonElement e : appendix2.getAsJsonArray("events")) {
				JsonObject event = e.getAsJsonObject();
				expected.add(event.get("date_text").getAsString() + " | " + event.get("description").getAsString() + " | "
						+ event.get("national") + " " + event.get("regional"));
			}
			List<String> actual = new ArrayList<>();
			for (RelationshipSection section : read.issue().getSections()) {
				List<Integer> figures = section.getFigures().stream().map(f -> f.getValue()).toList();
				actual.add(section.getRelationship().getTitle().replace("European Union", "EU") + " stated " + figures.get(0) + " "
						+ figures.get(1) + " " + figures.get(2) + " total " + figures.get(3));
				for (RelationshipEvent event : section.getEvents()) {
					actual.add(event.getDate().getText() + " | " + event.getDescription() + " | " + event.getScore());
				}
			}
			var security = read.issue().getSecurity();
			actual.add("security " + security.getFigures().get(0).getValue() + " " + security.getFigures().get(1).getValue() + " "
					+ security.getStatedColour().getName());
			for (SecurityEvent event : security.getEvents()) {
				actual.add(event.getDate().getText() + " | " + event.getDescription() + " | " + event.getNational() + " " + event.getRegional());
			}
			assertEquals(String.join("\n", expected), String.join("\n", actual), "issue " + number);
		}
	}

	@Test
	void validatedWithTheExamplesProfileTheImportHasThePinnedDiagnostics() throws Exception {
		for (int number : new int[] { 17, 18 }) {
			ReadBack read = importWithExamplesProfile(number);
			Path pinned = Reference.examples().resolve("expected").resolve(Reference.example(number).getFileName() + ".diagnostics");
			List<String> expected = Files.readAllLines(pinned, StandardCharsets.UTF_8).stream()
					.filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.replaceFirst("^\\d+:\\d+: ", "")).sorted().toList();
			List<String> actual = Language.diagnostics(read.issue());
			assertEquals(String.join("\n", expected), String.join("\n", actual), "issue " + number);
		}
	}

	@Test
	void whereTheExamplesAbridgeTheImportHoldsTheFullText() throws Exception {
		ReadBack read = importWithExamplesProfile(18);
		String absent = "The bilateral political agenda was determined by the difference in the approaches of Minsk and Moscow";
		String exampleText = Files.readString(Reference.example(18), StandardCharsets.UTF_8);
		assertFalse(exampleText.contains(absent), "the example abridges this development");
		Development politicalAgenda = read.issue().getSections().get(0).getDevelopments().stream()
				.filter(d -> d.getTitle().equals("Political agenda")).findFirst().orElseThrow();
		assertTrue(politicalAgenda.getParagraphs().stream().anyMatch(p -> p.startsWith(absent)), politicalAgenda.getParagraphs().toString());
		// a paragraph broken by a page break (furniture and chart labels between its halves) is whole again
		Development reform = read.issue().getSections().get(0).getDevelopments().stream()
				.filter(d -> d.getTitle().equals("Constitutional reform")).findFirst().orElseThrow();
		assertTrue(reform.getParagraphs().stream().anyMatch(p -> p.contains("Changes envisage decentralization of state administration, timeframe")),
				reform.getParagraphs().toString());
	}

	@Test
	void reimportingTheSameSourceGivesTheSameBytesAndWritesNothingNew(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		ArchiveImport archiveImport = new ArchiveImport();
		ImportedIssue first = archiveImport.importSource(Reference.text(18), null);
		ImportedIssue second = archiveImport.importSource(Reference.text(18), null);
		assertEquals(first.issueText(), second.issueText());
		assertEquals(first.profileText(), second.profileText());
		var written = archiveImport.write(first, folder);
		assertTrue(written.stream().noneMatch(w -> w.unchanged()));
		var again = archiveImport.write(second, folder);
		assertTrue(again.stream().allMatch(w -> w.unchanged()), again.toString());
		assertEquals(2, Files.list(folder).count());
	}

	@Test
	void everyLineIsAccountedForAndTheTablesLinesArePlaced() throws Exception {
		for (int number : new int[] { 17, 18 }) {
			ImportReport report = importWithExamplesProfile(number).imported().report();
			System.out.println("[import report] issue " + number + ": " + report.summary() + " " + report.furnitureByKind());
			report.unplacedLines().forEach(e -> System.out.println("[import report]   unplaced " + e.where() + ": " + e.text()));
			report.notes().forEach(n -> System.out.println("[import report]   note: " + n));
			assertEquals(report.lines(), report.placed() + report.furniture() + report.unplaced() + report.blank());
			assertEquals(Files.readAllLines(Reference.text(number)).size(), report.lines());
			JsonObject tables = Reference.tables(number);
			List<Integer> setAside = report.entries().stream().map(ImportReport.Entry::line).toList();
			for (int line : Reference.linesOfTables(tables)) {
				assertFalse(setAside.contains(line), "issue " + number + " line " + line + " is a table's, yet set aside");
			}
			for (var relationship : tables.getAsJsonObject("relationships").entrySet()) {
				for (JsonElement label : relationship.getValue().getAsJsonObject().getAsJsonArray("chart_labels")) {
					int line = label.getAsJsonObject().get("line").getAsInt();
					assertTrue(report.entries().stream().anyMatch(e -> e.line() == line && e.furnitureKind() == FurnitureKind.CHART_LABEL),
							"issue " + number + " chart label at line " + line);
				}
			}
			assertTrue(report.unplaced() * 20 < report.lines() - report.blank(), "fewer than 5% of the text's lines unplaced: " + report.summary());
		}
	}

	@Test
	void withoutAProfileTheProfileIsBuiltFromTheHeadingsAndAppendix3() throws Exception {
		ImportedIssue imported = new ArchiveImport().importSource(Reference.text(17), null);
		assertNotNull(imported.profileText());
		Language language = new Language();
		PublicationProfile built = (PublicationProfile) language.parse(imported.profileText(), imported.profileFileName());
		PublicationProfile example = (PublicationProfile) new Language().load(Reference.profile());
		assertEquals(List.of(), Language.syntaxErrors(built), imported.profileText());
		assertEquals(example.getRelationships().stream().map(r -> r.getName() + " " + r.getTitle() + " " + r.getShortTitle()).toList(),
				built.getRelationships().stream().map(r -> r.getName() + " " + r.getTitle() + " " + r.getShortTitle()).toList());
		assertEquals(example.getSecurityTitle(), built.getSecurityTitle());
		// not printed in an issue: the widest range the catalogues use (issue 17 prints a -4)
		assertEquals(example.getMinScore() + " to " + example.getMaxScore(), built.getMinScore() + " to " + built.getMaxScore());
		assertEquals(example.getNationalAxisTitle() + " / " + example.getRegionalAxisTitle(), built.getNationalAxisTitle() + " / " + built.getRegionalAxisTitle());
		assertEquals(example.getScale().getBands().stream().map(ReferenceImportTest::band).toList(),
				built.getScale().getBands().stream().map(ReferenceImportTest::band).toList());
		// the published scale's hole at -1 is kept for the validator to report, as in the example
		assertEquals(Language.diagnostics(example), Language.diagnostics(built));
		Issue issue = (Issue) language.parse(imported.issueText(), imported.fileName());
		language.resolveAll();
		assertEquals(List.of(), Language.syntaxErrors(issue));
		assertEquals("issue-17-sep-oct-2020.barometer", imported.fileName());
		assertEquals("minsk-barometer.barometer", imported.profileFileName());
	}

	private static String band(org.barometer.model.Band band) {
		return band.getName() + " " + (band.getLower() == null ? "" : band.getLower().getValue() + (band.getLower().isInclusive() ? "]" : ")")) + " "
				+ (band.getUpper() == null ? "" : band.getUpper().getValue() + (band.getUpper().isInclusive() ? "]" : ")")) + " " + band.getColour()
				+ " " + band.getInterpretation();
	}
}
