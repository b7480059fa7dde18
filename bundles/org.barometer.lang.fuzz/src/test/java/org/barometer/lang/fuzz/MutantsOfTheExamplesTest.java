package org.barometer.lang.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.List;

import org.eclipse.xtext.validation.Issue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * The language's fuzz campaign (issue 13, "keep it so"): jqwik mutates the examples — deletions,
 * duplications, insertions of the language's own words and of hostile characters, swapped lines,
 * truncations — and checks that parsing and validating the mutant never lets an exception escape
 * and that every diagnostic is one line a terminal shows as written (no line break, no control
 * character). A failure is shrunk to the fewest, smallest edits and replayed by its seed.
 */
class MutantsOfTheExamplesTest {

	/** Words and characters that break the language in interesting ways. */
	private static final List<String> TOKENS = List.of("\"\"\"", "\"", "{", "}", "?", "-", "–", "+", "+1", "-1", "0",
			"+2147483648", "-2147483649", "99999999999", "31", "0 September", "Mid-", "Early", "September", "February",
			"relationship", "security", "events", "stated", "aggregate", "national", "regional", "colour", "band", "scale",
			"from", "to", "above", "below", "issue", "period", "of", "profile", "trends", "1.", "developments", "forecast",
			"table", "row", "columns", "source", "printed", "authors", "\n", "\r\n", "\t", "\u0000", "\u001B[2J",
			"\u001B]0;title\u0007", "\u009B", "\uFEFF", "\u202E", "\uD800", "\uD83D\uDE00", "**", "*", "- ", "#FFFF00", "#GG");

	@Property(tries = 1500, seed = "13", shrinking = ShrinkingMode.BOUNDED)
	void parsingAndValidatingAMutantEndsInOneLineDiagnostics(@ForAll("mutants") Mutant mutant) throws IOException {
		String profile = mutant.profileText();
		String issue = mutant.issueText();
		List<Issue> diagnostics = LanguageCheck.diagnostics(profile, issue);
		Statistics.label("diagnostics").collect(diagnostics.isEmpty() ? "none" : diagnostics.size() < 5 ? "1-4" : "5 or more");
		for (Issue diagnostic : diagnostics) {
			assertWellFormed(diagnostic);
		}
	}

	/** The examples themselves are the campaign's baseline: their diagnostics, and no more. */
	@Example
	void theExamplesUnchangedGiveTheirPinnedNumberOfDiagnostics() throws IOException {
		List<Issue> diagnostics = LanguageCheck.diagnostics(Examples.read(Examples.PROFILE).text(), Examples.read(Examples.ISSUES.get(1)).text());
		diagnostics.forEach(MutantsOfTheExamplesTest::assertWellFormed);
		assertFalse(diagnostics.isEmpty(), "issue 18 as published has inconsistencies the validator reports");
	}

	@Example
	void aHostileCharacterInADateIsShownEscaped() throws IOException {
		String issue = Examples.read(Examples.ISSUES.get(1)).text().replaceFirst("1 November", "1 \u001B[2JNovember");
		List<Issue> diagnostics = LanguageCheck.diagnostics(Examples.read(Examples.PROFILE).text(), issue);
		assertFalse(diagnostics.isEmpty(), "an escape sequence in a date is an error");
		diagnostics.forEach(MutantsOfTheExamplesTest::assertWellFormed);
	}

	@Provide
	Arbitrary<Mutant> mutants() {
		Arbitrary<Examples.File> original = Arbitraries.of(Examples.all());
		Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(Edit.Kind.class), Arbitraries.doubles().between(0, 1),
				Arbitraries.doubles().between(0, 1), Arbitraries.of(TOKENS)).as(Edit::new);
		return Combinators.combine(original, edit.list().ofMinSize(1).ofMaxSize(6)).as(Mutant::new);
	}

	private static void assertWellFormed(Issue diagnostic) {
		String message = diagnostic.getMessage();
		assertNotNull(message, "a diagnostic without a message");
		assertFalse(message.isBlank(), "a blank diagnostic");
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
			assertFalse(control, () -> "a control character (U+" + String.format("%04X", (int) c) + ") in: " + message);
		}
		assertEquals(-1, message.indexOf('\u2028'), "a line separator in: " + message);
	}
}
