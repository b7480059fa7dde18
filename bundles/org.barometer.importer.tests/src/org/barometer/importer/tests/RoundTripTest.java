package org.barometer.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.barometer.export.docx.DocxTemplate;
import org.barometer.export.docx.IssueDocxWriter;
import org.barometer.importer.ArchiveImport;
import org.barometer.importer.ImportedIssue;
import org.barometer.model.Band;
import org.barometer.model.Development;
import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.model.RelationshipSection;
import org.barometer.model.Section;
import org.barometer.model.SecuritySection;
import org.barometer.model.StatedFigure;
import org.barometer.model.Trend;
import org.barometer.model.text.NarrativeMarkup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's faithfulness checks: issues 17 and 18 exported as the whole issue in Word and
 * imported again give the same model (catalogues; the figures as stated are the computed ones
 * the export printed; letter, trends, developments, forecasts); made PDFs by LibreOffice, the
 * same catalogues and stated figures. The PDF part is skipped where LibreOffice is missing.
 */
class RoundTripTest {

	@TempDir
	static Path folder;

	private record RoundTrip(Issue example, Issue imported) {
	}

	private static RoundTrip roundTrip(int number, boolean viaPdf) throws Exception {
		Language examples = new Language();
		examples.load(Reference.profile());
		Issue example = (Issue) examples.load(Reference.example(number));
		examples.resolveAll();
		Path source = folder.resolve("issue-" + number + ".docx");
		if (!Files.exists(source)) {
			new IssueDocxWriter(DocxTemplate.bundled(), false).write(example, source);
		}
		if (viaPdf) {
			LibreOffice.toPdf(folder, source);
			source = LibreOffice.pdfOf(folder, source);
		}
		Language language = new Language();
		PublicationProfile profile = (PublicationProfile) language.load(Reference.profile());
		ImportedIssue imported = new ArchiveImport().importSource(source, profile);
		Issue issue = (Issue) language.parse(imported.issueText(), imported.fileName());
		language.resolveAll();
		assertEquals(List.of(), Language.syntaxErrors(issue), imported.issueText());
		return new RoundTrip(example, issue);
	}

	/** The catalogues and figures the export printed: the example's rows, its figures as computed. */
	private static List<String> printed(Issue example) {
		List<String> out = new ArrayList<>();
		for (RelationshipSection section : example.getSections()) {
			out.add("relationship " + section.getRelationship().getName());
			out.addAll(computedFigures(section));
			section.getEvents().forEach(e -> out.add(Catalogues.row(e)));
		}
		SecuritySection security = example.getSecurity();
		out.add("security");
		out.addAll(computedFigures(security));
		Band band = security.regionalBand();
		if (band != null) {
			out.add("colour " + band.getName());
		}
		security.getEvents().forEach(e -> out.add(Catalogues.row(e)));
		return out;
	}

	private static List<String> computedFigures(Section section) {
		List<String> figures = new ArrayList<>();
		for (StatedFigure figure : section.getFigures()) {
			figures.add("stated " + figure.getKind().getLiteral() + " " + computed(section, figure));
		}
		return figures;
	}

	private static int computed(Section section, StatedFigure figure) {
		if (section instanceof SecuritySection security) {
			return switch (figure.getKind()) {
			case NATIONAL -> security.getNationalSecurityIndex();
			case REGIONAL -> security.getRegionalTensionIndex();
			default -> throw new AssertionError("a security figure " + figure.getKind());
			};
		}
		RelationshipSection relationship = (RelationshipSection) section;
		return switch (figure.getKind()) {
		case AGGREGATE, TOTAL -> relationship.getAggregateIndex();
		case POSITIVE -> relationship.getPositivePoints();
		case NEGATIVE -> relationship.getNegativePoints();
		default -> throw new AssertionError("a relationship figure " + figure.getKind());
		};
	}

	/**
	 * Letter, and per section its trends, developments and forecast, as the narrative markup
	 * reads them: paragraphs, lists and emphasis. A list may be written in the paragraph of its
	 * introduction or in one of its own; both print the same, and the import cannot tell which.
	 */
	private static List<String> narrative(Issue issue) {
		List<String> out = new ArrayList<>();
		out.add("letter " + blocks(issue.getLetter()));
		List<Section> sections = new ArrayList<>(issue.getSections());
		sections.add(issue.getSecurity());
		for (Section section : sections) {
			out.add(section instanceof RelationshipSection r ? "relationship " + r.getRelationship().getName() : "security");
			for (Trend trend : section.getTrends()) {
				out.add("trend " + trend.getNumber() + ". " + blocks(trend.getText()));
			}
			List<Development> developments = new ArrayList<>();
			if (section instanceof RelationshipSection r) {
				developments.addAll(r.getDevelopments());
			} else {
				developments.addAll(((SecuritySection) section).getNationalDevelopments());
				developments.addAll(((SecuritySection) section).getRegionalDevelopments());
			}
			for (Development development : developments) {
				out.add("development " + development.getTitle().strip());
				out.add("  " + blocks(String.join("\n\n", development.getParagraphs())));
			}
			out.add("forecast " + blocks(section.getForecast()));
		}
		return out;
	}

	private static String blocks(String narrative) {
		return narrative == null ? "" : NarrativeMarkup.parse(narrative).toString();
	}

	@Test
	void issue17ThroughWordIsTheSameModel() throws Exception {
		RoundTrip trip = roundTrip(17, false);
		assertEquals(String.join("\n", printed(trip.example())), String.join("\n", Catalogues.of(trip.imported())));
		assertEquals(String.join("\n", narrative(trip.example())), String.join("\n", narrative(trip.imported())));
	}

	@Test
	void issue18ThroughWordIsTheSameModel() throws Exception {
		RoundTrip trip = roundTrip(18, false);
		assertEquals(String.join("\n", printed(trip.example())), String.join("\n", Catalogues.of(trip.imported())));
		assertEquals(String.join("\n", narrative(trip.example())), String.join("\n", narrative(trip.imported())));
	}

	@Test
	void issues17And18ThroughLibreOfficePdfsHaveTheSameCataloguesAndFigures() throws Exception {
		assumeTrue(LibreOffice.installed(), "libreoffice is not installed");
		for (int number : new int[] { 17, 18 }) {
			RoundTrip trip = roundTrip(number, true);
			assertEquals(String.join("\n", printed(trip.example())), String.join("\n", Catalogues.of(trip.imported())), "issue " + number);
		}
	}
}
