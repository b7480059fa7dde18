package org.barometer.lang.ide.tests;

import static org.barometer.lang.ide.tests.Workspace.bandOf;
import static org.barometer.lang.ide.tests.Workspace.signed;
import static org.barometer.lang.validation.BarometerIssueCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.barometer.lang.ide.edits.TextEdit;
import org.barometer.lang.ide.quickfix.BarometerQuickFixes;
import org.barometer.lang.ide.quickfix.QuickFix;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * Quick fixes as before/after text pairs: each fix is applied to the text, the result is
 * parsed and validated again, and the diagnostic it fixes must be gone.
 */
class QuickFixTest {

	private final BarometerQuickFixes quickFixes = Workspace.get(BarometerQuickFixes.class);
	private final Workspace workspace = Workspace.withTestProfile();

	private static final int[] SCORES = { 1, 2, 4, -4 };

	private static String issueWithRussia(String stated) {
		StringBuilder text = new StringBuilder("issue 5 of Test\nperiod November-December 2020\n\nrelationship Russia {\n  stated "
				+ stated + "\n  events\n");
		for (int i = 0; i < SCORES.length; i++) {
			text.append("    ").append(i + 1).append(" November  \"Event ").append(i + 1).append("\"  ").append(signed(SCORES[i])).append('\n');
		}
		return text.append("}\n").toString();
	}

	@Test
	void aStatedFigureIsReplacedByTheComputedOne() {
		int sum = IntStream.of(SCORES).sum();
		assertNotEquals(21, sum);
		String before = issueWithRussia("aggregate +21");
		String after = before.replace("aggregate +21", "aggregate " + signed(sum));
		assertFixed(before, STATED_FIGURE_MISMATCH, "Replace by the computed " + signed(sum), after);
	}

	@Test
	void aStatedAggregateIsReplacedByTheStatedPositivePlusNegative() {
		int positive = IntStream.of(SCORES).filter(s -> s > 0).sum();
		int negative = IntStream.of(SCORES).filter(s -> s < 0).sum();
		// the stated positive is wrong too: the fix makes the stated figures consistent, not right
		String before = issueWithRussia("aggregate +5 positive " + signed(positive + 1) + " negative " + signed(negative));
		String sum = signed(positive + 1 + negative);
		String after = before.replace("aggregate +5", "aggregate " + sum);
		assertFixed(before, STATED_AGGREGATE_NOT_SUM, "Replace by the computed " + sum, after);
	}

	@Test
	void aStatedColourIsReplacedByTheBandOfTheComputedRegionalIndex() {
		int[][] scores = { { 0, -3 }, { -1, -4 }, { +1, -1 } };
		int regional = 0;
		StringBuilder before = new StringBuilder("issue 5 of Test\nperiod November-December 2020\n\nsecurity {\n  stated colour Green\n  events\n");
		for (int[] row : scores) {
			before.append("    December  \"An event\"  ").append(signed(row[0])).append(' ').append(signed(row[1])).append('\n');
			regional += row[1];
		}
		before.append("}\n");
		String band = bandOf(regional);
		assertNotEquals("Green", band);
		assertFixed(before.toString(), STATED_COLOUR_MISMATCH, "Set the colour to " + band,
				before.toString().replace("colour Green", "colour " + band));
	}

	@Test
	void aCatalogueIsSortedKeepingEachRowsTextAndTheSeparators() {
		String before = """
				issue 5 of Test
				period November-December 2020

				relationship Russia {
				  events
				    3 November  "Third"  +1
				    November-December  "Period-long"  +1   // the whole period
				    1 November "First" -1 // a note
				    /* a comment line between rows stays where it is */
				    3 November  "Third again, kept after Third"  +2
				    2 November	"Second"	+1 // the last row
				}
				""";
		String after = """
				issue 5 of Test
				period November-December 2020

				relationship Russia {
				  events
				    1 November "First" -1 // a note
				    2 November	"Second"	+1 // the last row
				    3 November  "Third"  +1
				    /* a comment line between rows stays where it is */
				    3 November  "Third again, kept after Third"  +2
				    November-December  "Period-long"  +1   // the whole period
				}
				""";
		assertFixed(before, CATALOGUE_OUT_OF_ORDER, "Sort the catalogue chronologically", after);
	}

	/** A catalogue that opens with its period-long events, as the published Appendix 2 does, keeps them first. */
	@Test
	void aSecurityCatalogueIsSortedToo() {
		String before = """
				issue 5 of Test
				period November-December 2020
				security {
				  events
				    November-December "Whole period" 0 -1
				    December "Month" +1 0
				    Early November "Early" -1 -1
				}
				""";
		String after = """
				issue 5 of Test
				period November-December 2020
				security {
				  events
				    November-December "Whole period" 0 -1
				    Early November "Early" -1 -1
				    December "Month" +1 0
				}
				""";
		assertFixed(before, CATALOGUE_OUT_OF_ORDER, "Sort the catalogue chronologically", after);
	}

	private static final String NEW_EU_SECTION = """
			relationship EU {
			  trends
			    1. ""
			  forecast ""
			  events
			}""";

	@Test
	void aMissingSectionIsAddedAfterTheLastRelationshipSection() {
		String before = issueWithRussia("aggregate +3") + "\nsecurity {\n}\n";
		int end = before.indexOf("}\n") + 1;
		String after = before.substring(0, end) + "\n\n" + NEW_EU_SECTION + before.substring(end);
		assertFixed(before, MISSING_SECTION, "Add a section for EU", after);
	}

	@Test
	void aMissingSectionIsAddedAfterTheTrailingCommentOfTheLastSection() {
		String before = issueWithRussia("aggregate +3").replace("}\n", "} // Russia\n");
		String after = before.replace("} // Russia\n", "} // Russia\n\n" + NEW_EU_SECTION + "\n");
		assertFixed(before, MISSING_SECTION, "Add a section for EU", after);
	}

	@Test
	void missingSectionsGoBeforeTheSecuritySectionOrTheAuthorsOrAtTheEnd() {
		String head = "issue 5 of Test\nperiod November-December 2020\n";
		String russia = NEW_EU_SECTION.replace("EU", "Russia");
		String security = "security {\n}\n";
		String authors = "authors {\n  \"An Analyst\"\n}\n";
		// before the security section, then after the section just added
		String withRussia = head + "\n" + russia + "\n\n" + security;
		assertFixed(head + "\n" + security, MISSING_SECTION, "Add a section for Russia", withRussia);
		assertFixed(withRussia, MISSING_SECTION, "Add a section for EU",
				head + "\n" + russia + "\n\n" + NEW_EU_SECTION + "\n\n" + security);
		// before the authors
		assertFixed(head + authors, MISSING_SECTION, "Add a section for Russia", head + russia + "\n\n" + authors);
		// at the end, after a blank line
		assertFixed(head, MISSING_SECTION, "Add a section for Russia", head + "\n" + russia + "\n");
		assertFixed(head.strip(), MISSING_SECTION, "Add a section for Russia", head + "\n" + russia + "\n");
	}

	@Test
	void otherDiagnosticsAndStaleRegionsHaveNoFix() {
		String text = issueWithRussia("aggregate +21 national +1");
		XtextResource resource = workspace.issue(text);
		Issue notApplicable = diagnostic(resource, STATED_FIGURE_NOT_APPLICABLE);
		assertEquals(List.of(), quickFixes.fixesFor(resource, notApplicable.getCode(), notApplicable.getOffset(),
				notApplicable.getLength(), notApplicable.getData()));
		assertEquals(List.of(), quickFixes.fixesFor(resource, "org.barometer.lang.noSuchCode", 0, 1, null));
		assertEquals(List.of(), quickFixes.fixesFor(resource, STATED_FIGURE_MISMATCH, text.indexOf("events"), 6, new String[] { "+7" }),
				"no figure at that place any more");
		assertEquals(List.of(), quickFixes.fixesFor(resource, STATED_COLOUR_MISMATCH, 0, 5, new String[] { "Yellow" }));
		assertEquals(List.of(), quickFixes.fixesFor(resource, CATALOGUE_OUT_OF_ORDER, text.indexOf("1 November"), 10, null),
				"the catalogue is in order");
		assertEquals(List.of(), quickFixes.fixesFor(resource, MISSING_SECTION, 0, 5, null), "no name");
		assertEquals(List.of(), quickFixes.fixesFor(null, MISSING_SECTION, 0, 5, null));
	}

	@Test
	void aFixWithoutDataStillComputesItsValue() {
		String text = issueWithRussia("aggregate +21");
		XtextResource resource = workspace.issue(text);
		Issue mismatch = diagnostic(resource, STATED_FIGURE_MISMATCH);
		List<QuickFix> fixes = quickFixes.fixesFor(resource, mismatch.getCode(), mismatch.getOffset(), mismatch.getLength(), null);
		assertEquals(List.of(new QuickFix("Replace by the computed " + signed(IntStream.of(SCORES).sum()),
				List.of(new TextEdit(text.indexOf("+21"), 3, signed(IntStream.of(SCORES).sum()))))), fixes);
	}

	/** Every fixable diagnostic of the Minsk Barometer's real issues is fixed by its fix, and the file still parses. */
	@Test
	void everyFixForTheExamplesRemovesItsDiagnostic() {
		int applied = 0;
		for (Path file : Workspace.exampleFiles()) {
			Workspace examples = new Workspace();
			Workspace.exampleFiles().forEach(examples::loadFile);
			XtextResource resource = examples.loadFile(file);
			String original = Workspace.text(resource);
			for (Issue diagnostic : Workspace.validate(resource)) {
				List<QuickFix> fixes = quickFixes.fixesFor(resource, diagnostic.getCode(), diagnostic.getOffset(),
						diagnostic.getLength(), diagnostic.getData());
				for (QuickFix fix : fixes) {
					List<String> tokensBefore = Workspace.tokens(resource);
					long before = count(Workspace.validate(resource), diagnostic.getCode());
					Workspace.reparse(resource, TextEdit.applyAll(original, fix.edits()));
					assertFalse(resource.getParseResult().hasSyntaxErrors(), file + ": " + fix);
					assertEquals(before - 1, count(Workspace.validate(resource), diagnostic.getCode()),
							file + ": " + diagnostic.getMessage() + " after " + fix.label());
					if (diagnostic.getCode().equals(CATALOGUE_OUT_OF_ORDER)) {
						assertEquals(tokensBefore.stream().sorted().toList(), Workspace.tokens(resource).stream().sorted().toList(),
								"sorting moves tokens, never changes them");
					}
					Workspace.reparse(resource, original);
					applied++;
				}
			}
		}
		// issue 17: 6 stated figures, 3 catalogues; issue 18: 5 stated figures, 3 catalogues (see examples/expected)
		assertEquals(17, applied);
	}

	@Test
	void halfTypedTextNeverFails() {
		String text = issueWithRussia("aggregate +21 positive +1") + "security {\n  stated colour Green\n  events\n"
				+ "    December \"A\" 0 -8\n    1 November \"B\" 0 0\n}\n";
		String[] codes = { STATED_FIGURE_MISMATCH, STATED_AGGREGATE_NOT_SUM, STATED_COLOUR_MISMATCH, CATALOGUE_OUT_OF_ORDER, MISSING_SECTION };
		for (String prefix : Workspace.prefixes(text, 4)) {
			XtextResource resource = Workspace.withTestProfile().issue(prefix);
			for (Issue diagnostic : Workspace.validate(resource)) {
				for (QuickFix fix : quickFixes.fixesFor(resource, diagnostic.getCode(), diagnostic.getOffset(), diagnostic.getLength(),
						diagnostic.getData())) {
					TextEdit.applyAll(prefix, fix.edits());
				}
			}
			for (int offset = -1; offset <= prefix.length() + 1; offset += 3) {
				for (String code : codes) {
					quickFixes.fixesFor(resource, code, offset, 1, null);
					quickFixes.fixesFor(resource, code, offset, 1, new String[] { "EU" });
				}
			}
		}
	}

	// ------------------------------------------------------------------

	/** Applies the one fix for the first diagnostic with the code, and checks the text and that the diagnostic went away. */
	private void assertFixed(String before, String code, String label, String expectedAfter) {
		XtextResource resource = workspace.issue(before);
		assertFalse(resource.getParseResult().hasSyntaxErrors(), resource.getErrors().toString());
		Issue diagnostic = diagnostic(resource, code);
		List<QuickFix> fixes = quickFixes.fixesFor(resource, code, diagnostic.getOffset(), diagnostic.getLength(), diagnostic.getData());
		assertEquals(1, fixes.size(), fixes.toString());
		assertEquals(label, fixes.get(0).label());
		String after = TextEdit.applyAll(before, fixes.get(0).edits());
		assertEquals(expectedAfter, after);

		Workspace.reparse(resource, after);
		assertFalse(resource.getParseResult().hasSyntaxErrors(), resource.getErrors().toString());
		List<Issue> remaining = Workspace.validate(resource).stream()
				.filter(d -> d.getCode().equals(code) && Arrays.equals(d.getData(), diagnostic.getData())).toList();
		assertEquals(List.of(), remaining, "the diagnostic is gone");
	}

	private static long count(List<Issue> diagnostics, String code) {
		return diagnostics.stream().filter(d -> code.equals(d.getCode())).count();
	}

	private static Issue diagnostic(XtextResource resource, String code) {
		return Workspace.validate(resource).stream().filter(d -> code.equals(d.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + Workspace.validate(resource)));
	}
}
