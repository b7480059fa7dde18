package org.barometer.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The grammar's keywords that are words ("issue", "relationship"), not punctuation, read from
 * the token file the parser generator writes beside the parser ({@code 'issue'=23}). Read
 * without the language's injector or the Xtext runtime, so that an editor can colour its text
 * before the language is loaded.
 */
public final class BarometerKeywords {

	private static final String TOKEN_FILE = "parser/antlr/internal/InternalBarometer.tokens";
	private static final Set<String> WORDS = read();

	private BarometerKeywords() {
	}

	public static Set<String> words() {
		return WORDS;
	}

	private static Set<String> read() {
		try (InputStream in = BarometerKeywords.class.getResourceAsStream(TOKEN_FILE)) {
			if (in == null) {
				throw new IllegalStateException("The language bundle lacks its token file " + TOKEN_FILE);
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return lines.lines()
					.filter(line -> line.startsWith("'") && line.lastIndexOf("'=") > 0)
					.map(line -> line.substring(1, line.lastIndexOf("'=")))
					.filter(keyword -> !keyword.isEmpty() && Character.isLetter(keyword.charAt(0)))
					.collect(Collectors.toUnmodifiableSet());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
