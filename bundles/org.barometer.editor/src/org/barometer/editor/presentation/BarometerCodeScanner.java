package org.barometer.editor.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;

/** Lexical colouring of code (strings, narratives and comments are partitions of their own): the grammar's keywords and numbers. */
public class BarometerCodeScanner extends RuleBasedScanner {

	public BarometerCodeScanner(Set<String> keywords) {
		IToken keyword = new Token(BarometerColours.KEYWORD);
		IToken other = new Token(BarometerColours.DEFAULT);
		WordRule words = new WordRule(new Identifiers(), other);
		keywords.forEach(word -> words.addWord(word, keyword));
		List<IRule> rules = new ArrayList<>();
		rules.add(new WhitespaceRule(Character::isWhitespace));
		rules.add(words);
		rules.add(new NumberRule(new Token(BarometerColours.NUMBER)));
		setRules(rules.toArray(IRule[]::new));
		setDefaultReturnToken(other);
	}

	private static final class Identifiers implements IWordDetector {
		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c) || c == '_';
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_';
		}
	}
}
