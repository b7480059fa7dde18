package org.barometer.lang.messages;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.EarlyExitException;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.barometer.model.Section;
import org.barometer.model.SecurityEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in the analyst's words: what the construct being written is made of, what was
 * found and which part was expected there, e.g. "A catalogue row is: a date, a description in
 * quotes, a score such as +1 (found '1' where the description should be)." The parser's own
 * wording (tokens, rules, "no viable alternative") never reaches the message.
 */
public class SyntaxErrorMessages extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		String message = exception == null ? unreadableText(context) : parserMessage(context, exception);
		return new SyntaxErrorMessage(message, Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	/**
	 * A value the parser could not convert: a number too large, a text block not closed, or a
	 * value missing because the parser skipped it (then Xtext's message names a Java feature).
	 */
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		ValueConverterException exception = context.getValueConverterException();
		String message = String.valueOf(context.getDefaultMessage());
		String construct = GrammarVocabulary.construct(rulesAround(context.getCurrentNode()));
		INode node = exception != null && exception.getNode() != null ? exception.getNode() : context.getCurrentNode();
		String text = node == null ? "" : NodeModelUtils.getTokenText(node);
		if (message.startsWith("ValueConverter returned null for primitive feature ")) {
			String feature = message.substring(message.lastIndexOf(' ') + 1);
			message = withConstruct(construct, GrammarVocabulary.missingValue(feature) + " is missing");
		} else if (exception != null && exception.getCause() instanceof NumberFormatException) {
			message = text.matches("[+-]?\\d+")
					? "The number " + QuotedInput.of(text) + " is too large: scores, years and numbers stay below 2147483648."
					: withConstruct(construct, "the number is missing");
		} else if (message.startsWith("Invalid escape sequence")) {
			message = "A text in quotes has a backslash that starts no escape: write \\\\ for a backslash, \\\" for a quote,"
					+ " or write the text between \"\"\" and \"\"\", where a backslash is just a backslash.";
		} else if (message.startsWith("Invalid unicode")) {
			message = "A text in quotes has \\u without the four digits of a character after it: write \\\\u for a backslash"
					+ " and a u, or write the text between \"\"\" and \"\"\".";
		}
		return new SyntaxErrorMessage(QuotedInput.asOneLine(message), Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	private static String withConstruct(String construct, String what) {
		return construct == null ? Character.toUpperCase(what.charAt(0)) + what.substring(1) + "." : construct + " (" + what + ").";
	}

	private String parserMessage(IParserErrorContext context, RecognitionException exception) {
		List<String> rules = rulesAround(context.getCurrentNode());
		String expected = expectedToken(context, exception);
		String found = found(exception.token);
		String construct = GrammarVocabulary.construct(rules);
		String part = GrammarVocabulary.expectedPart(rules, expected);
		if (isBetweenRows(context, rules)) {
			construct = GrammarVocabulary.row(context.getCurrentContext() instanceof org.barometer.model.SecuritySection);
			part = "the next row's date or the section's closing }";
		} else if (isSectionLevel(rules) && ("'}'".equals(expected) || exception instanceof EarlyExitException)) {
			part = exception instanceof EarlyExitException && previousKeyword(context).equals("stated")
					? "a figure such as aggregate +14"
					: "the next part of the section or its closing }";
		} else if ("EOF".equals(expected)) {
			boolean profile = context.getCurrentContext() instanceof org.barometer.model.PublicationProfile;
			construct = GrammarVocabulary.construct(List.of(profile ? "PublicationProfile" : "Issue"));
			part = profile ? "the end of the profile" : "the next section (relationship or security), authors, or the end of the file";
		} else if (!rules.isEmpty() && "Issue".equals(rules.get(0)) && "'}'".equals(expected)) {
			construct = GrammarVocabulary.AUTHORS;
			part = "the next author's name in quotes or the closing }";
		}
		if (construct == null) {
			construct = GrammarVocabulary.construct(List.of("BarometerDocument"));
		}
		String missingScore = missingScore(context, rules, exception);
		if (missingScore != null) {
			return withConstruct(construct, missingScore + " is missing");
		}
		return part == null ? construct + " (found " + found + ", which does not fit here)."
				: construct + " (found " + found + " where " + part + " should be).";
	}

	/**
	 * The score a row lacks, when the parser found neither a score nor the placeholder ? where one
	 * goes (the only choice the parser makes inside a row); null otherwise.
	 */
	private static String missingScore(IParserErrorContext context, List<String> rules, RecognitionException exception) {
		if (!(exception instanceof NoViableAltException) || rules.isEmpty()) {
			return null;
		}
		if ("RelationshipEvent".equals(rules.get(0))) {
			return GrammarVocabulary.missingValue("score");
		}
		if ("SecurityEvent".equals(rules.get(0))) {
			boolean national = context.getCurrentContext() instanceof SecurityEvent event && event.isSetNational();
			return GrammarVocabulary.missingValue(national ? "regional" : "national");
		}
		return null;
	}

	/** An error of the lexer: a text whose closing quote is missing, or a character that starts no word. */
	private static String unreadableText(IParserErrorContext context) {
		INode node = context.getCurrentNode();
		String text = node instanceof ILeafNode leaf ? leaf.getText() : "";
		String defaultMessage = String.valueOf(context.getDefaultMessage());
		if (text.startsWith("\"") || defaultMessage.contains("'\"'")) {
			return "A text in quotes is not closed: end it with \" (a text over several lines goes between \"\"\" and \"\"\").";
		}
		return "This text cannot be read: check for a missing quote or a stray character.";
	}

	/** Whether the parser stopped between two rows of a catalogue (the section has rows, or has just begun them). */
	private static boolean isBetweenRows(IParserErrorContext context, List<String> rules) {
		if (!isSectionLevel(rules) || !(context.getCurrentContext() instanceof Section section)) {
			return false;
		}
		String previous = previousKeyword(context);
		boolean inCatalogue = !section.eContents().stream().filter(org.barometer.model.Event.class::isInstance).toList().isEmpty()
				&& !"}".equals(previous);
		return inCatalogue || "events".equals(previous);
	}

	private static boolean isSectionLevel(List<String> rules) {
		return !rules.isEmpty() && ("RelationshipSection".equals(rules.get(0)) || "SecuritySection".equals(rules.get(0)));
	}

	/** The keyword just before the error, or "" when the last word read was not a keyword. */
	private static String previousKeyword(IParserErrorContext context) {
		INode node = context.getCurrentNode();
		if (node instanceof ICompositeNode composite) {
			ILeafNode last = null;
			for (ILeafNode leaf : composite.getLeafNodes()) {
				if (!leaf.isHidden()) {
					last = leaf;
				}
			}
			if (last != null && last.getGrammarElement() instanceof Keyword keyword) {
				return keyword.getValue();
			}
		}
		return "";
	}

	/** The rules being parsed, innermost first. */
	private static List<String> rulesAround(INode node) {
		List<String> rules = new ArrayList<>();
		for (INode current = node; current != null; current = current.getParent()) {
			EObject element = current.getGrammarElement();
			if (element instanceof RuleCall call && call.getRule() != null) {
				rules.add(call.getRule().getName());
			} else if (element instanceof AbstractRule rule) {
				rules.add(rule.getName());
			}
		}
		return rules;
	}

	/** The name of the one token the parser expected, when it expected one; else null. */
	private static String expectedToken(IParserErrorContext context, RecognitionException exception) {
		if (!(exception instanceof MismatchedTokenException mismatch)) {
			return null;
		}
		if (mismatch.expecting == Token.EOF) {
			return "EOF";
		}
		String[] names = context.getTokenNames();
		return names != null && mismatch.expecting > 0 && mismatch.expecting < names.length ? names[mismatch.expecting] : null;
	}

	private static String found(Token token) {
		if (token == null || token.getType() == Token.EOF || token.getText() == null) {
			return "the end of the file";
		}
		return QuotedInput.of(token.getText());
	}
}
