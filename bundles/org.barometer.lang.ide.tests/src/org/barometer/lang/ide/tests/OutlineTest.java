package org.barometer.lang.ide.tests;

import static org.barometer.lang.ide.tests.Workspace.bandOf;
import static org.barometer.lang.ide.tests.Workspace.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.lang.ide.outline.BarometerOutline;
import org.barometer.lang.ide.outline.OutlineNode;
import org.barometer.lang.ide.tests.HoverTest.Row;
import org.barometer.lang.ide.tests.HoverTest.SecurityRow;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/** The outline: its structure, its labels (indices summed here from the test's rows), its regions. */
class OutlineTest {

	private final BarometerOutline outline = Workspace.get(BarometerOutline.class);
	private final String text = HoverTest.issueText("Green");
	private final XtextResource resource = Workspace.withTestProfile().issue(text);

	@Test
	void anIssueHasItsSectionsAndTheirEvents() {
		List<OutlineNode> roots = outline.build(resource);
		assertEquals(1, roots.size());
		OutlineNode issue = roots.get(0);
		assertEquals("Issue 7 — November-December 2020", issue.label());
		assertEquals(OutlineNode.ISSUE, issue.kind());
		assertEquals(List.of(OutlineNode.RELATIONSHIP_SECTION, OutlineNode.SECURITY_SECTION),
				issue.children().stream().map(OutlineNode::kind).toList());

		List<Row> rows = HoverTest.RUSSIA;
		int positive = HoverTest.positive(rows);
		int negative = HoverTest.negative(rows);
		OutlineNode russia = issue.children().get(0);
		assertEquals("Russia  " + signed(positive + negative) + " (" + signed(positive) + " / " + signed(negative) + ")", russia.label());
		assertEquals(rows.stream().map(r -> r.date() + "  " + r.description() + "  " + signed(r.score())).toList(),
				russia.children().stream().map(OutlineNode::label).toList());

		List<SecurityRow> securityRows = HoverTest.SECURITY;
		int regional = HoverTest.regional(securityRows);
		OutlineNode security = issue.children().get(1);
		assertEquals("Security  national " + signed(HoverTest.national(securityRows)) + ", regional " + signed(regional) + " "
				+ bandOf(regional), security.label());
		assertEquals(securityRows.stream()
				.map(r -> r.date() + "  " + r.description() + "  national " + signed(r.national()) + " · regional " + signed(r.regional()))
				.toList(),
				security.children().stream().map(OutlineNode::label).toList());
	}

	@Test
	void regionsCoverTheElementAndSelectItsNameOrDate() {
		OutlineNode issue = outline.build(resource).get(0);
		assertEquals(text.strip(), region(issue), "the issue is the whole file");
		assertEquals("7", selection(issue));

		OutlineNode russia = issue.children().get(0);
		assertTrue(region(russia).startsWith("relationship Russia {"), region(russia));
		assertTrue(region(russia).endsWith(HoverTest.RUSSIA.get(HoverTest.RUSSIA.size() - 1).line() + "}"), region(russia));
		assertEquals("Russia", selection(russia));

		OutlineNode firstEvent = russia.children().get(0);
		assertEquals(HoverTest.RUSSIA.get(0).line().strip(), region(firstEvent));
		assertEquals(HoverTest.RUSSIA.get(0).date(), selection(firstEvent));

		OutlineNode security = issue.children().get(1);
		assertTrue(region(security).startsWith("security {") && region(security).endsWith("}"), region(security));
		assertEquals("security", selection(security));
		assertEquals(HoverTest.SECURITY.get(2).date(), selection(security.children().get(2)));
	}

	@Test
	void longDescriptionsAreCutSoThatTheScoreStaysInView() {
		String description = "Statement by the Belarusian Foreign Ministry condemning the decision of the EU Council to impose a third package";
		String issueText = "issue 2 of Test\nperiod November-December 2020\nrelationship EU {\n  events\n    18 December \"" + description
				+ "\" -3\n}\n";
		String label = outline.build(Workspace.withTestProfile().issue(issueText)).get(0).children().get(0).children().get(0).label();
		assertTrue(label.startsWith("18 December  " + description.substring(0, 40)), label);
		assertTrue(label.endsWith("…  -3"), label);
		int shown = label.length() - "18 December  ".length() - "  -3".length();
		assertTrue(shown <= 60 && shown >= 50, "about 60 characters of description: " + label);
	}

	@Test
	void aProfileHasItsRelationshipsAndItsBands() {
		XtextResource profile = new Workspace().load("profile.barometer", Workspace.PROFILE);
		List<OutlineNode> roots = outline.build(profile);
		assertEquals(1, roots.size());
		OutlineNode root = roots.get(0);
		assertEquals("Profile Test — Test Barometer", root.label());
		assertEquals("Test", Workspace.PROFILE.substring(root.selectionOffset(), root.selectionOffset() + root.selectionLength()));
		assertEquals(List.of("Russia", "EU  European Union", "Colour scale"), root.children().stream().map(OutlineNode::label).toList());
		OutlineNode scale = root.children().get(2);
		// the bands as the publication words them, nearer-zero bound first for negative bands
		assertEquals(List.of("White  -1 and higher", "Green  from -2 to -6", "Yellow  from -7 to -12", "Red  -13 and lower"),
				scale.children().stream().map(OutlineNode::label).toList());
		OutlineNode yellow = scale.children().get(2);
		assertEquals("Yellow", Workspace.PROFILE.substring(yellow.selectionOffset(), yellow.selectionOffset() + yellow.selectionLength()));
		assertTrue(Workspace.PROFILE.substring(yellow.offset(), yellow.offset() + yellow.length()).startsWith("band Yellow from -12"));
	}

	/** The Minsk Barometer's issues: each section's label against the scores summed from the file by a regular expression. */
	@Test
	void theExamplesSectionsCarryTheirCataloguesTotals() {
		Pattern block = Pattern.compile("(?m)^relationship (\\w+) \\{\\n(.*?)^\\}", Pattern.DOTALL);
		Pattern row = Pattern.compile("(?m)^\\s+\\S.*\"\\s+([+-]?\\d+)\\s*$");
		for (Path file : Workspace.exampleFiles()) {
			if (!file.getFileName().toString().startsWith("issue")) {
				continue;
			}
			Workspace workspace = new Workspace();
			Workspace.exampleFiles().forEach(workspace::loadFile);
			XtextResource resource = workspace.loadFile(file);
			String content = Workspace.read(file);
			List<String> expected = new ArrayList<>();
			List<Integer> rowCounts = new ArrayList<>();
			Matcher sections = block.matcher(content);
			while (sections.find()) {
				int positive = 0;
				int negative = 0;
				int rows = 0;
				Matcher scores = row.matcher(sections.group(2));
				while (scores.find()) {
					int score = Integer.parseInt(scores.group(1).replace("+", ""));
					positive += Math.max(score, 0);
					negative += Math.min(score, 0);
					rows++;
				}
				expected.add(sections.group(1) + "  " + signed(positive + negative) + " (" + signed(positive) + " / " + signed(negative) + ")");
				rowCounts.add(rows);
			}
			assertEquals(5, expected.size(), file + ": five relationships");
			// the letter and each section's text have nodes too: the sections and their events are counted here
			List<OutlineNode> sections2 = outline.build(resource).get(0).children().stream()
					.filter(n -> !n.kind().equals(OutlineNode.NARRATIVE)).toList();
			assertEquals(expected, sections2.subList(0, 5).stream().map(OutlineNode::label).toList(), file.toString());
			assertEquals(rowCounts, sections2.subList(0, 5).stream()
					.map(s -> (int) s.children().stream().filter(n -> n.kind().equals(OutlineNode.EVENT)).count()).toList(), file.toString());
			assertEquals(OutlineNode.SECURITY_SECTION, sections2.get(5).kind());
		}
	}

	@Test
	void theLetterAndEachSectionsTextShowTheirOpeningWordsAsPrinted() {
		String issueText = """
				issue 4 of Test
				period November-December 2020
				letter \"""
				  Tensions with the **European Union** grew, *inter alia* over sanctions.
				  \"""
				relationship Russia {
				  trends
				    1. "Support with **real actions**."
				    2. "Fewer contacts."
				  developments
				    "Great Stone" { \"""Residents:
				      - **Solidpipe** LLC;
				      - Xinwei LLC.\""" }
				  forecast "Growth of 5* at most."
				  events
				    1 November "A" +1
				}
				""";
		OutlineNode issue = outline.build(Workspace.withTestProfile().issue(issueText)).get(0);
		OutlineNode letter = issue.children().get(0);
		assertEquals(OutlineNode.NARRATIVE, letter.kind());
		assertTrue(letter.label().startsWith("Letter  Tensions with the European Union grew, inter alia over"), letter.label());
		assertTrue(letter.label().endsWith("…"), "a long letter is cut: " + letter.label());
		OutlineNode russia = issue.children().get(1);
		assertEquals(List.of(OutlineNode.TEXT, OutlineNode.EVENT), russia.children().stream().map(OutlineNode::kind).toList());
		OutlineNode text = russia.children().get(0);
		assertEquals("2 trends, 1 development, forecast", text.label());
		assertEquals(List.of("1.  Support with real actions.", "2.  Fewer contacts.", "Great Stone  Residents: • Solidpipe LLC; • Xinwei LLC.",
				"Forecast  Growth of 5* at most."), text.children().stream().map(OutlineNode::label).toList());
		OutlineNode first = text.children().get(0);
		assertEquals("1. \"Support with **real actions**.\"", issueText.substring(first.offset(), first.offset() + first.length()),
				"the node covers the trend as written");
	}

	@Test
	void aNewEmptyIssueHasASecurityNode() {
		String fresh = "issue 19 of Test\nperiod January-February 2021\n\nrelationship Russia {\n  events\n}\n\nsecurity {\n  events\n}\n";
		XtextResource resource = Workspace.withTestProfile().issue(fresh);
		List<OutlineNode> sections = outline.build(resource).get(0).children();
		assertEquals(List.of(), resource.getErrors().stream().map(e -> e.getLine() + ": " + e.getMessage()).toList(), "parses");
		assertEquals(2, sections.size(), sections.toString());
		assertEquals(OutlineNode.SECURITY_SECTION, sections.get(1).kind());
		assertTrue(sections.get(1).label().startsWith("Security  national 0, regional 0"), sections.get(1).label());
	}

	@Test
	void aRowWhoseScoreIsNotGivenShowsAQuestionMark() {
		String text = "issue 3 of Test\nperiod November-December 2020\nrelationship Russia {\n  events\n    1 November \"A\" ?\n}\n"
				+ "security {\n  events\n    2 November \"B\" ? -1\n}\n";
		OutlineNode issue = outline.build(Workspace.withTestProfile().issue(text)).get(0);
		assertEquals("1 November  A  ?", issue.children().get(0).children().get(0).label());
		assertEquals("2 November  B  national ? · regional -1", issue.children().get(1).children().get(0).label());
	}

	@Test
	void brokenModelsStillHaveAnOutline() {
		String broken = "issue 3 of Nowhere\nperiod November-December 2020\nrelationship Atlantis {\n  events\n    1 November \"A\" +2\n    - \"B\" -1\n}\nsecurity {\n  stated colour Purple\n}\n";
		OutlineNode issue = outline.build(Workspace.withTestProfile().issue(broken)).get(0);
		assertEquals("Atlantis  +1 (+2 / -1)", issue.children().get(0).label());
		assertEquals("-  B  -1", issue.children().get(0).children().get(1).label());
		assertEquals("Security  national 0, regional 0", issue.children().get(1).label(), "no scale, no band");

		assertEquals("Issue 3", outline.build(Workspace.withTestProfile().issue("issue 3 of Test\nperiod November-")).get(0).label(),
				"a half-typed period is left out, not shown with its defaults");
		assertEquals(List.of(), outline.build(new Workspace().load("empty.barometer", "")));
		assertEquals(List.of(), outline.build(null));
	}

	@Test
	void halfTypedTextNeverFails() {
		for (String prefix : Workspace.prefixes(text, 3)) {
			outline.build(Workspace.withTestProfile().issue(prefix));
		}
		for (String prefix : Workspace.prefixes(Workspace.PROFILE, 1)) {
			outline.build(new Workspace().load("profile.barometer", prefix));
		}
	}

	private String region(OutlineNode node) {
		return text.substring(node.offset(), node.offset() + node.length());
	}

	private String selection(OutlineNode node) {
		return text.substring(node.selectionOffset(), node.selectionOffset() + node.selectionLength());
	}
}
