package org.barometer.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.barometer.lang.BarometerKeywords;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The word keywords an editor colours without loading the language are the grammar's own. */
@ExtendWith(InjectionExtension.class)
@InjectWith(BarometerInjectorProvider.class)
class KeywordsTest {

	@Inject
	private IGrammarAccess grammar;

	@Test
	void theKeywordsReadFromTheParserAreTheGrammarsWordKeywords() {
		Set<String> fromGrammar = GrammarUtil.getAllKeywords(grammar.getGrammar()).stream()
				.filter(keyword -> Character.isLetter(keyword.charAt(0))).collect(Collectors.toSet());

		assertEquals(fromGrammar, BarometerKeywords.words());
		assertTrue(BarometerKeywords.words().containsAll(Set.of("issue", "relationship", "events", "stated")));
	}
}
