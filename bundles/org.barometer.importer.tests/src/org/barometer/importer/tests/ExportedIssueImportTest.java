package org.barometer.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.barometer.export.docx.DocxTemplate;
import org.barometer.export.docx.IssueDocxWriter;
import org.barometer.importer.ArchiveImport;
import org.barometer.importer.ImportedIssue;
import org.barometer.importer.docx.DocxSourceReader;
import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.model.RelationshipSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout recognition on the studio's own Word export of issues 17 and 18 (read by the
 * Word reader): the same catalogues come back, and the figures it prints (the computed ones)
 * come back as stated figures.
 */
class ExportedIssueImportTest {

	@TempDir
	Path folder;

	@Test
	void anExportedIssueImportsToTheSameCataloguesWithTheComputedFiguresStated() throws Exception {
		for (Issue example : Examples.issues()) {
			Path docx = folder.resolve("issue-" + example.getNumber() + ".docx");
			new IssueDocxWriter(DocxTemplate.bundled(), false).write(example, docx);
			Language language = new Language();
			PublicationProfile profile = (PublicationProfile) language.load(Reference.profile());
			ImportedIssue imported = new ArchiveImport().importDocument(new DocxSourceReader().read(docx), profile);
			Issue issue = (Issue) language.parse(imported.issueText(), imported.fileName());
			language.resolveAll();
			assertEquals(List.of(), Language.syntaxErrors(issue), imported.issueText());
			assertEquals(String.join("\n", rows(example)), String.join("\n", rows(issue)), "issue " + example.getNumber());
			assertEquals(0, imported.report().unplaced(), imported.report().unplacedLines().toString());
			assertEquals(example.getEditorRole(), issue.getEditorRole());
			assertEquals(example.getSections().stream().map(s -> s.getDevelopments().stream().map(d -> d.getTitle()).toList()).toList(),
					issue.getSections().stream().map(s -> s.getDevelopments().stream().map(d -> d.getTitle()).toList()).toList());
			for (RelationshipSection section : issue.getSections()) {
				RelationshipSection original = example.getSections().stream()
						.filter(s -> s.getRelationship().getName().equals(section.getRelationship().getName())).findFirst().orElseThrow();
				assertEquals(List.of("stated aggregate " + original.getAggregateIndex(), "stated positive " + original.getPositivePoints(),
						"stated negative " + original.getNegativePoints(), "stated total " + original.getAggregateIndex()),
						Catalogues.figures(section), section.getRelationship().getName());
			}
		}
	}

	private static List<String> rows(Issue issue) {
		return Catalogues.of(issue).stream().filter(l -> !l.startsWith("stated ") && !l.startsWith("colour ")).toList();
	}
}
