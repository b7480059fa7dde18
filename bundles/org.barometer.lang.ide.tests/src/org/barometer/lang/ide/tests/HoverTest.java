package org.barometer.lang.ide.tests;

import static org.barometer.lang.ide.tests.Workspace.bandOf;
import static org.barometer.lang.ide.tests.Workspace.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.barometer.lang.ide.hover.BarometerHoverTexts;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/**
 * Hover texts: every expected figure is summed here from the rows the test writes, not read
 * from the model.
 */
class HoverTest {

	record Row(String date, String description, int score) {
		String line() {
			return "    " + date + "  \"" + description + "\"  " + signed(score) + "\n";
		}
	}

	record SecurityRow(String date, String description, int national, int regional) {
		String line() {
			return "    " + date + "  \"" + description + "\"  " + signed(national) + " " + signed(regional) + "\n";
		}
	}

	static final List<Row> RUSSIA = List.of(new Row("1 November", "Reduction in roaming fees", 1),
			new Row("3 November", "Connection of the nuclear power plant", 2),
			new Row("17 December", "Statement about puppeteers", -1),
			new Row("22 December", "Crude oil supply agreements", 4),
			new Row("November-December", "Removal of restrictions on meat", 0),
			new Row("November-December", "Media policy of the talk shows", -3));

	static final List<SecurityRow> SECURITY = List.of(new SecurityRow("November-December", "Conflict in eastern Ukraine", 1, 1),
			new SecurityRow("November-December", "9 exercises of Ukraine and NATO", 0, -3),
			new SecurityRow("19 November", "Agreement with the Russian National Guard", -2, -4),
			new SecurityRow("December", "A new division in the Kaliningrad Region", 0, -2));

	static final int STATED_AGGREGATE = 21;

	private final BarometerHoverTexts hovers = Workspace.get(BarometerHoverTexts.class);

	static int positive(List<Row> rows) {
		return rows.stream().mapToInt(Row::score).filter(s -> s > 0).sum();
	}

	static int negative(List<Row> rows) {
		return rows.stream().mapToInt(Row::score).filter(s -> s < 0).sum();
	}

	static int national(List<SecurityRow> rows) {
		return rows.stream().mapToInt(SecurityRow::national).sum();
	}

	static int regional(List<SecurityRow> rows) {
		return rows.stream().mapToInt(SecurityRow::regional).sum();
	}

	static String issueText(String statedColour) {
		StringBuilder text = new StringBuilder("issue 7 of Test\nperiod November-December 2020\n\nrelationship Russia {\n");
		text.append("  stated aggregate ").append(signed(STATED_AGGREGATE)).append(" positive ").append(signed(positive(RUSSIA)))
				.append(" negative ").append(signed(negative(RUSSIA))).append("\n  events\n");
		RUSSIA.forEach(row -> text.append(row.line()));
		text.append("}\n\nsecurity {\n  stated national ").append(signed(national(SECURITY))).append(" colour ").append(statedColour)
				.append("\n  events\n");
		SECURITY.forEach(row -> text.append(row.line()));
		return text.append("}\n").toString();
	}

	private final String text = issueText("Green");
	private final XtextResource resource = Workspace.withTestProfile().issue(text);

	@Test
	void narrativeWithMarkupShowsHowItPrints() {
		String issueText = """
				issue 4 of Test
				period November-December 2020
				letter "Plain words, nothing to show."
				relationship Russia {
				  trends
				    1. "Support with **real actions**."
				  developments
				    "Great Stone" { "Residents:\\n- **Solidpipe** LLC;\\n- Xinwei LLC." }
				  forecast \"""
				    Growth *inter alia*
				    of trade.
				    \"""
				  events
				    1 November "A" +1
				}
				""";
		XtextResource narrative = Workspace.withTestProfile().issue(issueText);
		assertEquals(Optional.of("As printed:\nSupport with real actions."), hovers.hoverAt(narrative, issueText.indexOf("real")));
		assertEquals(Optional.of("As printed:\nResidents:\n\n\u2022 Solidpipe LLC;\n\u2022 Xinwei LLC."),
				hovers.hoverAt(narrative, issueText.indexOf("Xinwei")));
		assertEquals(Optional.of("As printed:\nGrowth inter alia of trade."), hovers.hoverAt(narrative, issueText.indexOf("of trade")));
		assertEquals(Optional.empty(), hovers.hoverAt(narrative, issueText.indexOf("nothing to show")), "plain prose: no hover");
	}

	@Test
	void theTestDataMeansSomething() {
		int total = positive(RUSSIA) + negative(RUSSIA);
		assertNotEquals(STATED_AGGREGATE, total, "the stated aggregate must disagree");
		assertNotEquals("Green", bandOf(regional(SECURITY)), "the stated colour must disagree");
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
	}

	@Test
	void aScoreShowsTheRunningTotalAndTheSectionTotal() {
		int total = positive(RUSSIA) + negative(RUSSIA);
		int running = 0;
		for (int row = 0; row < RUSSIA.size(); row++) {
			running += RUSSIA.get(row).score();
			String score = signed(RUSSIA.get(row).score());
			int offset = text.indexOf(RUSSIA.get(row).line()) + RUSSIA.get(row).line().lastIndexOf(score);
			String expected = "Running total after row " + (row + 1) + ": " + signed(running) + "\nSection total: " + signed(total)
					+ " (positive " + signed(positive(RUSSIA)) + ", negative " + signed(negative(RUSSIA)) + ")";
			assertEquals(Optional.of(expected), hovers.hoverAt(resource, offset), "first character of row " + (row + 1));
			assertEquals(Optional.of(expected), hovers.hoverAt(resource, offset + score.length() - 1), "last character of row " + (row + 1));
		}
	}

	@Test
	void securityScoresShowTheRunningTotalsOfBothAxes() {
		int national = 0;
		int regional = 0;
		for (int row = 0; row < SECURITY.size(); row++) {
			SecurityRow r = SECURITY.get(row);
			national += r.national();
			regional += r.regional();
			String expected = "This row: national " + signed(r.national()) + " · regional " + signed(r.regional())
					+ "\nRunning totals after row " + (row + 1) + ": national " + signed(national) + ", regional " + signed(regional)
					+ "\nSection totals: national " + signed(national(SECURITY)) + ", regional " + signed(regional(SECURITY)) + " ("
					+ bandOf(regional(SECURITY)) + ")";
			int line = text.indexOf(r.line());
			int scores = line + r.line().lastIndexOf("\"  ") + 3;
			assertEquals(Optional.of(expected), hovers.hoverAt(resource, scores), "national score of row " + (row + 1));
			int regionalOffset = line + r.line().lastIndexOf(signed(r.regional()));
			assertEquals(Optional.of(expected), hovers.hoverAt(resource, regionalOffset), "regional score of row " + (row + 1));
		}
	}

	@Test
	void aRelationshipHeadingShowsTheSectionsIndices() {
		String expected = "Russia\nAggregate index: " + signed(positive(RUSSIA) + negative(RUSSIA)) + "\nPositive points: "
				+ signed(positive(RUSSIA)) + "\nNegative points: " + signed(negative(RUSSIA));
		int keyword = text.indexOf("relationship Russia");
		assertEquals(Optional.of(expected), hovers.hoverAt(resource, keyword));
		assertEquals(Optional.of(expected), hovers.hoverAt(resource, keyword + "relationship ".length() + 2));
	}

	@Test
	void theSecurityHeadingShowsBothIndicesAndTheBand() {
		Optional<String> hover = hovers.hoverAt(resource, text.indexOf("security {"));
		assertTrue(hover.isPresent());
		List<String> lines = hover.get().lines().toList();
		assertEquals("Security", lines.get(0));
		assertEquals("National security index: " + signed(national(SECURITY)), lines.get(1));
		assertEquals("Regional tension index: " + signed(regional(SECURITY)), lines.get(2));
		assertTrue(lines.get(3).startsWith("Colour: " + bandOf(regional(SECURITY)) + " ("), lines.get(3));
		assertEquals("Close attention.", lines.get(4), "the band's interpretation, from the test profile");
	}

	@Test
	void aStatedFigureShowsTheComputedOne() {
		int total = positive(RUSSIA) + negative(RUSSIA);
		assertEquals(Optional.of("Stated " + signed(STATED_AGGREGATE) + ", computed " + signed(total)),
				hovers.hoverAt(resource, text.indexOf("aggregate " + signed(STATED_AGGREGATE)) + "aggregate ".length()));
		assertEquals(Optional.of("Stated " + signed(STATED_AGGREGATE) + ", computed " + signed(total)),
				hovers.hoverAt(resource, text.indexOf("aggregate " + signed(STATED_AGGREGATE))), "on the figure's kind too");
		assertEquals(Optional.of("Stated " + signed(positive(RUSSIA)) + ", agrees with the computed value"),
				hovers.hoverAt(resource, text.indexOf("positive " + signed(positive(RUSSIA))) + "positive ".length()));
		assertEquals(Optional.of("Stated " + signed(national(SECURITY)) + ", agrees with the computed value"),
				hovers.hoverAt(resource, text.indexOf("stated national ") + "stated national ".length()));
	}

	@Test
	void aStatedColourShowsTheBandOfTheComputedRegionalIndex() {
		int regional = regional(SECURITY);
		assertEquals(Optional.of("Stated Green, computed " + bandOf(regional) + " (regional index " + signed(regional) + ")"),
				hovers.hoverAt(resource, text.indexOf("colour Green") + "colour ".length()));
		assertEquals(hovers.hoverAt(resource, text.indexOf("colour Green") + "colour ".length()),
				hovers.hoverAt(resource, text.indexOf("colour Green")), "on the keyword too");

		String agreeing = issueText(bandOf(regional));
		XtextResource agreeingResource = Workspace.withTestProfile().issue(agreeing);
		assertEquals(Optional.of("Stated " + bandOf(regional) + ", agrees with the band of the computed regional index " + signed(regional)),
				hovers.hoverAt(agreeingResource, agreeing.indexOf("colour " + bandOf(regional)) + "colour ".length()));
	}

	@Test
	void elsewhereThereIsNothingToShow() {
		for (String place : List.of("issue 7", "period", "2020", "events", "Reduction in roaming fees", "1 November", "3 November",
				"Conflict in eastern Ukraine", "}")) {
			assertEquals(Optional.empty(), hovers.hoverAt(resource, text.indexOf(place) + 1), place);
		}
		assertEquals(Optional.empty(), hovers.hoverAt(resource, text.indexOf("\n  events")), "whitespace");
		assertEquals(Optional.empty(), hovers.hoverAt(resource, -1));
		assertEquals(Optional.empty(), hovers.hoverAt(resource, text.length()));
		assertEquals(Optional.empty(), hovers.hoverAt(resource, text.length() + 10));
		assertEquals(Optional.empty(), hovers.hoverAt(null, 0));
	}

	@Test
	void unresolvedNamesAreShownAsWritten() {
		String broken = "issue 3 of Nowhere\nperiod November-December 2020\nrelationship Atlantis {\n  events\n    1 November \"A\" +2\n    2 November \"B\" -1\n}\nsecurity {\n  stated colour Purple\n}\n";
		XtextResource issue = Workspace.withTestProfile().issue(broken);
		assertEquals(Optional.of("Atlantis\nAggregate index: +1\nPositive points: +2\nNegative points: -1"),
				hovers.hoverAt(issue, broken.indexOf("Atlantis")));
		assertEquals(Optional.of("Stated Purple; the profile has no colour scale to check it against"),
				hovers.hoverAt(issue, broken.indexOf("Purple")));
		assertTrue(hovers.hoverAt(issue, broken.indexOf("security")).orElseThrow().endsWith("Colour: unknown, the profile has no colour scale"));
	}

	@Test
	void halfTypedTextNeverFails() {
		for (String prefix : Workspace.prefixes(text, 5)) {
			XtextResource partial = Workspace.withTestProfile().issue(prefix);
			for (int offset = -1; offset <= prefix.length() + 1; offset++) {
				hovers.hoverAt(partial, offset);
			}
		}
	}

	@Test
	void anImportedRowAndFigureShowWhereThePublicationPrintedThem() {
		String imported = "issue 7 of Test\nperiod November-December 2020\nimported from \"issue-18.txt\" by \"Barometer Studio import 0.1\"\n\n"
				+ "relationship Russia {\n  stated\n    aggregate +1  printed \"l. 50\"\n  events\n"
				+ "    3 November  \"Connection of the plant\"  +1  printed \"l. 1313–1315\"\n}\n";
		XtextResource importedResource = Workspace.withTestProfile().issue(imported);
		assertTrue(importedResource.getErrors().isEmpty(), importedResource.getErrors().toString());
		assertEquals(Optional.of("Printed in issue-18.txt, l. 1313–1315"), hovers.hoverAt(importedResource, imported.indexOf("Connection")));
		String score = hovers.hoverAt(importedResource, imported.indexOf("+1  printed \"l. 1313")).orElseThrow();
		assertTrue(score.startsWith("Running total after row 1: +1"), score);
		assertTrue(score.endsWith("\nPrinted in issue-18.txt, l. 1313–1315"), score);
		String figure = hovers.hoverAt(importedResource, imported.indexOf("aggregate +1")).orElseThrow();
		assertTrue(figure.endsWith("\nPrinted in issue-18.txt, l. 50"), figure);
		// a row typed in the studio says nothing of printing
		assertTrue(hovers.hoverAt(resource, text.indexOf(RUSSIA.get(0).description())).isEmpty());
	}
}
