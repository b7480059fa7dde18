package org.barometer.lang.conversion;

import java.util.regex.Pattern;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Converters for the language's own value rules: dates as written, signed scores, narrative text.
 * One for the language, as Xtext makes its {@link DefaultTerminalConverters} (Guice does not
 * inherit the scope): otherwise every parser and linker, so every file, got its own and read the
 * grammar again to register its converters.
 */
@Singleton
public class BarometerValueConverters extends DefaultTerminalConverters {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	@Inject
	private NarrativeTextConverter narrativeTextConverter;

	@ValueConverter(rule = "DateText")
	public IValueConverter<String> dateText() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) {
				// the tokens as written, whitespace between them collapsed to one space
				return node == null ? string : NodeModelUtils.getTokenText(node);
			}

			@Override
			protected String internalToString(String value) {
				return value;
			}
		};
	}

	@ValueConverter(rule = "Score")
	public IValueConverter<Integer> score() {
		return signedInteger();
	}

	@ValueConverter(rule = "SignedScore")
	public IValueConverter<Integer> signedScore() {
		return signedInteger();
	}

	private static IValueConverter<Integer> signedInteger() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Integer internalToValue(String string, INode node) {
				String digits = WHITESPACE.matcher(string).replaceAll("");
				try {
					return Integer.valueOf(digits);
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + digits + "' is not a score: write a signed whole number such as +1, -2 or 0.", node, e);
				}
			}

			@Override
			protected String internalToString(Integer value) {
				return value > 0 ? "+" + value : value.toString();
			}
		};
	}

	@ValueConverter(rule = "Narrative")
	public IValueConverter<String> narrative() {
		return narrativeTextConverter;
	}
}
