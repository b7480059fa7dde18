package org.barometer.lang.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;

/** Converters for the language's own value rules: dates as written, signed scores, narrative text. */
public class BarometerValueConverters extends DefaultTerminalConverters {

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

	/** Issue numbers, years, trend numbers: whole numbers that fit an int, refused in words when they do not. */
	@Override
	@ValueConverter(rule = "INT")
	public IValueConverter<Integer> INT() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Integer internalToValue(String string, INode node) {
				try {
					return Integer.valueOf(string);
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + string + "' is too large a number: write at most " + Integer.MAX_VALUE + ".", node, null);
				}
			}

			@Override
			protected String internalToString(Integer value) {
				return value.toString();
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
			/**
			 * A score the parser recovered without its digits arrives empty: the default (null)
			 * made Xtext report "ValueConverter returned null for primitive feature score".
			 */
			@Override
			public Integer toValue(String string, INode node) {
				if (string == null || string.isBlank()) {
					throw new ValueConverterException("A score is missing here: write a signed whole number such as +1, -2 or 0.", node, null);
				}
				return super.toValue(string, node);
			}

			@Override
			protected Integer internalToValue(String string, INode node) {
				String digits = string.replaceAll("\\s+", "");
				try {
					return Integer.valueOf(digits);
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + digits + "' is not a score: write a signed whole number such as +1, -2 or 0.", node, null);
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
