package org.barometer.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.barometer.lang.ide.edits.TextEdit;
import org.barometer.lang.ide.formatting.BarometerFormatting;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** Formatting: it changes whitespace only, its result parses, and formatting twice changes nothing more. */
class FormattingTest {

	private final BarometerFormatting formatting = Workspace.get(BarometerFormatting.class);

	@Test
	void theExamplesKeepEveryTokenAndTheirDiagnosticsAndFormatIdempotently() {
		for (Path file : Workspace.exampleFiles()) {
			Workspace workspace = new Workspace();
			Workspace.exampleFiles().forEach(workspace::loadFile);
			XtextResource resource = workspace.loadFile(file);
			String original = Workspace.text(resource);
			List<String> tokens = Workspace.tokens(resource);
			List<String> diagnostics = messages(Workspace.validate(resource));

			String formatted = TextEdit.applyAll(original, formatting.format(resource));
			Workspace.reparse(resource, formatted);
			assertFalse(resource.getParseResult().hasSyntaxErrors(), file + " parses after formatting: " + resource.getErrors());
			assertEquals(tokens, Workspace.tokens(resource), file + ": formatting changes whitespace only");
			assertEquals(diagnostics, messages(Workspace.validate(resource)), file + ": formatting changes no finding");
			assertEquals(formatted, TextEdit.applyAll(formatted, formatting.format(resource)), file + ": formatting is idempotent");
		}
	}

	@Test
	void commentsStayWithTheirLines() {
		String before = """
				// issue 5, as printed
				issue 5 of Test
				period November-December 2020

				relationship Russia {
				  stated aggregate +1   // as printed; checked
				  events
				    /* the first rows */
				    1 November  "A"  +2 // a note
				    2 November  "B"  -1
				}
				""";
		XtextResource resource = Workspace.withTestProfile().issue(before);
		List<String> tokens = Workspace.tokens(resource);
		String formatted = TextEdit.applyAll(before, formatting.format(resource));
		String expected = before.replace("+1   // as printed", "+1 // as printed").replace("1 November  \"A\"  +2", "1 November \"A\" +2")
				.replace("2 November  \"B\"  -1", "2 November \"B\" -1");
		assertEquals(expected, formatted, "a comment keeps its line and its place; the catalogue's columns are evened");
		Workspace.reparse(resource, formatted);
		assertFalse(resource.getParseResult().hasSyntaxErrors(), formatted);
		assertEquals(tokens, Workspace.tokens(resource));
		assertEquals(List.of(), formatting.format(resource), "nothing left to format");
	}

	@Test
	void aTextWrittenOnFewLinesIsLaidOutLikeThePublication() {
		String before = "issue 5 of Test period November-December 2020 editor \"An Editor\"\n"
				+ "relationship Russia { stated aggregate +1 trends 1. \"A trend.\" forecast \"A forecast.\" events 1 November \"A\" +2 2 November  \"B\"  -1 }"
				+ " security { stated national 0 regional -1 colour White events December \"C\" 0 -1 }";
		String after = """
				issue 5 of Test
				period November-December 2020
				editor "An Editor"

				relationship Russia {
				  stated aggregate +1
				  trends
				    1. "A trend."
				  forecast "A forecast."
				  events
				    1 November "A" +2
				    2 November "B" -1
				}

				security {
				  stated national 0 regional -1 colour White
				  events
				    December "C" 0 -1
				}""";
		XtextResource resource = Workspace.withTestProfile().issue(before);
		List<String> tokens = Workspace.tokens(resource);
		String formatted = TextEdit.applyAll(before, formatting.format(resource));
		assertEquals(after, formatted);
		Workspace.reparse(resource, formatted);
		assertEquals(tokens, Workspace.tokens(resource));
		assertEquals(List.of(), formatting.format(resource), "nothing left to format");
	}

	@Test
	void aCatalogueIsAlignedInColumns() {
		String before = "issue 5 of Test period November-December 2020\n"
				+ "relationship Russia { events\n 1 November \"A long description\" +2\n 22-29 November \"B\" -1\n Early December \"Mid\" 0 }";
		String rows = """
				  events
				    1 November     "A long description" +2
				    22-29 November "B"                  -1
				    Early December "Mid"                0
				}""";
		XtextResource resource = Workspace.withTestProfile().issue(before);
		String formatted = TextEdit.applyAll(before, formatting.format(resource));
		assertTrue(formatted.endsWith(rows), formatted);
		Workspace.reparse(resource, formatted);
		assertEquals(List.of(), formatting.format(resource), "nothing left to format");
	}

	/** Issue 10: development lines moved to the heading's indent and their closing brace to a line of its own. */
	@Test
	void developmentsStayUnderTheirHeadingOnOneLineOrAsABlock() {
		String text = """
				issue 5 of Test
				period November-December 2020

				relationship Russia {
				  developments
				    "Political agenda" { \"""The political background was cold.\""" }
				    "Great Stone" {
				      \"""During the period, two companies were registered:
				      - Solidpipe System LLC;
				      - Xinwei-Velozavod (MSK) LLC.\"""
				    }
				  forecast "F."
				}""";
		XtextResource resource = Workspace.withTestProfile().issue(text);
		assertEquals(text, TextEdit.applyAll(text, formatting.format(resource)), "a formatted text stays as it is");
		String squeezed = text.replace("\n    \"Political", "\n\"Political").replace("\n    \"Great", " \"Great")
				.replace("{ \"\"\"The", "{\"\"\"The");
		resource = Workspace.withTestProfile().issue(squeezed);
		assertEquals(text, TextEdit.applyAll(squeezed, formatting.format(resource)));
	}

	/** Issue 10: scores padded to a column after the longest description, up to 859 characters. */
	@Test
	void aLongDescriptionKeepsItsScoreOneSpaceAfterIt() {
		String longDescription = "\"" + "A very long description of an event ".repeat(6).strip() + "\"";
		String text = "issue 5 of Test\nperiod November-December 2020\n\nrelationship Russia {\n  events\n"
				+ "    1 November  \"Short\"  +1\n"
				+ "    22-29 November \"A description of middle length\" -1\n"
				+ "    3 November  " + longDescription + "  +2\n}";
		String expected = "issue 5 of Test\nperiod November-December 2020\n\nrelationship Russia {\n  events\n"
				+ "    1 November     \"Short\"                          +1\n"
				+ "    22-29 November \"A description of middle length\" -1\n"
				+ "    3 November " + longDescription + " +2\n}";
		XtextResource resource = Workspace.withTestProfile().issue(text);
		String formatted = TextEdit.applyAll(text, formatting.format(resource));
		assertEquals(expected, formatted);
		for (String line : formatted.split("\n")) {
			assertTrue(line.length() <= Math.max(120, longDescription.length() + 24), line);
		}
	}

	/** Every construct of the language, written as an analyst might, formatted, parsed again and formatted again. */
	static final String EVERYTHING = """
			issue 9 of Test
			period November-December 2020
			editor "An Editor"
			letter \"""Dear readers,

			  this issue covers two months.\"""
			relationship Russia by "An Analyst" {
			  stated aggregate +1 positive +2 negative -1 total +1
			  trends
			    1. "First."
			    2. \"""A longer
			       trend.\"""
			  developments
			    "Political agenda" {
			      "A paragraph."
			      \"""Another
			         paragraph.\"""
			    }
			    "Economy" { "Short." }
			  forecast \"""Forecast
			  text.\"""
			  events
			    1 November "A" +2 source "TASS" source "RIA"
			    2 November "B" -1 +1
			}
			relationship EU { events 14–20 November "C" +1 }
			security by "A Security Analyst" {
			  stated national 0 regional -1 colour White
			  trends 1. "Trend."
			  national security "Army" { "Para." }
			  regional security
			    "Region" { "Para." }
			  forecast "F."
			  table "Table 1. Exercises" { columns "Date" "Name" row "1 November" "Zapad" row "2 November" "Other" }
			  events
			    28 October - 8 November "Range" 0 -1
			    Early December "Early" +1 0
			}
			authors { "An Analyst" affiliation "BISS" interests "Russia" "A Security Analyst" }
			""";

	@Test
	void everyConstructKeepsItsTokensAndFormatsIdempotently() {
		XtextResource resource = Workspace.withTestProfile().issue(EVERYTHING);
		assertFalse(resource.getParseResult().hasSyntaxErrors(), resource.getErrors().toString());
		List<String> tokens = Workspace.tokens(resource);
		List<String> diagnostics = messages(Workspace.validate(resource));
		String formatted = TextEdit.applyAll(EVERYTHING, formatting.format(resource));
		Workspace.reparse(resource, formatted);
		assertFalse(resource.getParseResult().hasSyntaxErrors(), formatted);
		assertEquals(tokens, Workspace.tokens(resource), formatted);
		assertEquals(diagnostics, messages(Workspace.validate(resource)));
		assertEquals(formatted, TextEdit.applyAll(formatted, formatting.format(resource)), "idempotent");
	}

	@Test
	void aProfileIsLaidOutToo() {
		String before = "profile P title \"P\" relationships { Russia \"Russia\" EU } scale { band Low above -1 colour #FFFFFF band High to -1 colour #FF0000 }";
		String after = """
				profile P
				title "P"
				relationships {
				  Russia "Russia"
				  EU
				}

				scale {
				  band Low above -1 colour #FFFFFF
				  band High to -1 colour #FF0000
				}""";
		XtextResource resource = new Workspace().load("p.barometer", before);
		assertEquals(after, TextEdit.applyAll(before, formatting.format(resource)));
	}

	@Test
	void aTextWithSyntaxErrorsIsLeftAlone() {
		String text = "issue 5 of Test period November-December 2020\nrelationship Russia { events 1 November \"A\" }";
		XtextResource resource = Workspace.withTestProfile().issue(text);
		assertTrue(resource.getParseResult().hasSyntaxErrors());
		assertEquals(List.of(), formatting.format(resource));
		assertEquals(List.of(), formatting.format(null));
	}

	@Test
	void halfTypedTextNeverFails() {
		String text = HoverTest.issueText("Green");
		for (String prefix : Workspace.prefixes(text, 2)) {
			XtextResource resource = Workspace.withTestProfile().issue(prefix);
			String formatted = TextEdit.applyAll(prefix, formatting.format(resource));
			if (!resource.getParseResult().hasSyntaxErrors()) {
				List<String> tokens = Workspace.tokens(resource);
				Workspace.reparse(resource, formatted);
				assertEquals(tokens, Workspace.tokens(resource), prefix);
			}
		}
	}

	private static List<String> messages(List<Issue> diagnostics) {
		return diagnostics.stream().map(d -> d.getSeverity() + " " + d.getCode() + " " + d.getMessage()).sorted().toList();
	}
}
