package org.barometer.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.barometer.lang.messages.QuotedInput;
import org.barometer.model.Issue;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The messages an analyst reads: syntax errors name the construct and the part expected where
 * something else was found, date errors say what is wrong with the date, and whatever the
 * input quoted, a message is one line without control characters.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(BarometerInjectorProvider.class)
class MessagesTest {

	@Inject
	private Documents documents;
	@Inject
	private ValidationTestHelper validation;

	private static final String ROW = "A catalogue row is: a date, a description in quotes, a score such as +1";

	@Test
	void aRowWithoutItsDescription() {
		assertEquals(List.of(ROW + " (found '1' where the description should be)."), syntaxErrors(rows("1 November 1")));
	}

	@Test
	void aRowWithoutItsScore() {
		assertEquals(List.of(ROW + " (the score is missing)."), syntaxErrors(rows("1 November \"A\"")));
	}

	@Test
	void aDateWithoutItsMonth() {
		assertEquals(List.of(ROW + " (found '\"A\"' where the date's month should be)."), syntaxErrors(rows("5 \"A\" +1")));
	}

	@Test
	void aStrayWordBetweenRows() {
		assertEquals(List.of(ROW + " (found 'A' where the next row's date or the section's closing } should be)."),
				syntaxErrors(rows("1 November \"A\" +1\n    A 2 November \"B\" +1")));
	}

	@Test
	void aSecurityRowWithOneScore() {
		String text = Documents.issueText("security {\n  events\n    1 November \"A\" 0\n}\n");
		assertEquals(List.of("A security row is: a date, a description in quotes, then two scores, national security and"
				+ " regional tension, such as 0 -1 (the regional tension score is missing)."), syntaxErrors(text));
	}

	@Test
	void aPeriodOfOneMonth() {
		assertEquals(List.of("The period is two consecutive months and a year, as in November-December 2020"
				+ " (found '2020' where a dash should be)."), syntaxErrors("issue 1 of Test\nperiod November 2020\n").subList(0, 1));
	}

	@Test
	void aTrendWithoutItsFullStop() {
		String text = Documents.issueText("relationship Russia {\n  trends\n    1 \"A trend.\"\n}\n");
		assertEquals(List.of("A trend is: its number and a full stop, then its text in quotes, as in 1. \"…\""
				+ " (found '\"A trend.\"' where a full stop should be)."), syntaxErrors(text));
	}

	@Test
	void aTextInQuotesNotClosed() {
		assertEquals(List.of("A text in quotes is not closed: end it with \" (a text over several lines goes between \"\"\" and \"\"\")."),
				syntaxErrors(rows("1 November \"A +1")));
	}

	@Test
	void aDevelopmentOutsideItsHeading() {
		String text = Documents.issueText("relationship Russia {\n  forecast \"F.\"\n}\n  \"Armament\" { \"A.\" }\n");
		assertEquals(List.of("An issue begins: issue 18 of MinskBarometer, then period November-December 2020, editor and letter"
				+ " if wanted, then its sections (found '\"Armament\"' where the next section (relationship or security), authors,"
				+ " or the end of the file should be)."), syntaxErrors(text));
	}

	@Test
	void anAuthorWithoutQuotes() {
		String text = Documents.issueText("authors {\n  \"A\" affiliation \"B\"\n  Belarus\n}\n");
		assertEquals(List.of("The authors are listed between { and }: each a name in quotes, then affiliation \"…\" and interests"
				+ " \"…\" if wanted (found 'Belarus' where the next author's name in quotes or the closing } should be)."),
				syntaxErrors(text).subList(0, 1));
	}

	@Test
	void aMonthHalfWritten() {
		assertEquals(List.of("The period is two consecutive months and a year, as in November-December 2020"
				+ " (found 'Dec' where a month written in full should be)."),
				syntaxErrors("issue 1 of Test\nperiod November-Dec 2020\n").subList(0, 1));
	}

	@Test
	void aBackslashThatStartsNoEscape() {
		assertEquals(List.of("A text in quotes has a backslash that starts no escape: write \\\\ for a backslash, \\\" for a quote,"
				+ " or write the text between \"\"\" and \"\"\", where a backslash is just a backslash."),
				syntaxErrors(rows("1 November \"A\\q\" +1")));
	}

	@Test
	void aNumberTooLarge() {
		assertEquals(List.of("The number '+2147483648' is too large: scores, years and numbers stay below 2147483648."),
				syntaxErrors(rows("1 November \"A\" +2147483648")));
	}

	@Test
	void aDateWithoutAMonthSaysSo() {
		assertEquals("The date '5' needs a month: write it as in '5 November'.", dateMessage("5"));
		assertEquals("The date '22-29' needs a month: write it as in '22-29 November'.", dateMessage("22-29"));
	}

	@Test
	void aDayTheMonthLacksSaysHowManyDaysItHas() {
		assertEquals("There is no 31 November in 2020: November has 30 days.", dateMessage("31 November"));
		assertEquals("There is no 31 November in 2020: November has 30 days.", dateMessage("28-31 November"));
	}

	@Test
	void aRangeBackwardsSaysSo() {
		assertEquals("'29-22 November' ends before it begins: write the earlier day first.", dateMessage("29-22 November"));
	}

	/** Issue 13, failure 4: a quoted input that spans lines. */
	@Test
	void aQuoteSpanningLinesStaysOnOneLine() {
		Issue issue = documents.issueOfTestProfile(Documents.issueText(Documents.section("Russia", "",
				"    17 \"\"\"text\nblock\"\"\" November \"A row\" +1")));
		List<String> messages = validation.validate(issue).stream().map(d -> d.getMessage()).toList();
		assertTrue(messages.size() >= 1, messages.toString());
		for (String message : messages) {
			assertNull(AnalystWording.problem(message), message);
		}
		assertTrue(messages.stream().anyMatch(m -> m.contains("'17 \"\"\"text block\"\"\"' is not a date")), messages.toString());
	}

	/** Issue 13, failure 5: terminal escapes in a date and in a syntax error. */
	@Test
	void controlCharactersAreShownEscaped() {
		String clear = "\u001B[2J";
		String retitle = "\u001B]0;owned\u0007";
		List<String> messages = new java.util.ArrayList<>(allMessages("17 " + clear + " November \"A row\" +1"));
		messages.addAll(allMessages("5 \"" + retitle + "\" +1"));
		assertTrue(messages.size() >= 2, messages.toString());
		for (String message : messages) {
			assertNull(AnalystWording.problem(message), message);
		}
		assertTrue(messages.stream().anyMatch(m -> m.contains("\\u001B")), messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.contains("\\u0007")), messages.toString());
	}

	@Test
	void aLongQuoteKeepsItsStartAndItsEndAndNoHalfOfAnEmoji() {
		String description = "Media policy of the leading Russian talk shows becomes less favorable towards the Belarusian authorities";
		assertEquals("'Media policy of the leading Russian talk … authorities'", QuotedInput.of(description));
		String emoji = "x".repeat(41) + "\uD83D\uDE00" + "y".repeat(40);
		String quoted = QuotedInput.of(emoji);
		assertTrue(quoted.length() < emoji.length(), quoted);
		assertTrue(quoted.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE),
				"no half of a surrogate pair: " + quoted);
		assertEquals("'a b c \\u001B[2J \\u0007'", QuotedInput.of(" a\n\tb\r\nc \u001B[2J \u0007 "));
	}

	private List<String> allMessages(String row) {
		Issue issue = documents.issueOfTestProfile(rows(row));
		return validation.validate(issue).stream().map(d -> d.getMessage()).toList();
	}

	private List<String> syntaxErrors(String text) {
		Issue issue = documents.issueOfTestProfile(text);
		return issue.eResource().getErrors().stream().map(e -> e.getMessage()).toList();
	}

	private String dateMessage(String date) {
		Issue issue = documents.issueOfTestProfile(rows("    " + date + " \"A\" +1"));
		List<String> messages = validation.validate(issue).stream()
				.filter(d -> d.getCode() != null && d.getCode().endsWith("dateInvalid")).map(d -> d.getMessage()).toList();
		assertEquals(1, messages.size(), messages.toString());
		return messages.get(0);
	}

	private static String rows(String rows) {
		return Documents.issueText(Documents.section("Russia", "", "    " + rows.strip()));
	}
}
