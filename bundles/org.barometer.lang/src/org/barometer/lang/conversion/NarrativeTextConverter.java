package org.barometer.lang.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Narrative is either a quoted string with escapes or a triple-quoted block written as is.
 * A block loses the indentation its lines share, so that it can be indented with the file.
 */
public class NarrativeTextConverter implements IValueConverter<String> {

	private static final String FENCE = "\"\"\"";

	@Inject
	private STRINGValueConverter stringConverter;

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		if (string == null) {
			return null;
		}
		if (string.startsWith(FENCE)) {
			if (string.length() < 2 * FENCE.length() || !string.endsWith(FENCE)) {
				throw new ValueConverterException("A text block must end with \"\"\".", node, null);
			}
			return dedent(string.substring(FENCE.length(), string.length() - FENCE.length()));
		}
		return stringConverter.toValue(string, node);
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		if (value == null) {
			return null;
		}
		if (value.contains("\n") && !value.contains(FENCE)) {
			return FENCE + value + FENCE;
		}
		return stringConverter.toString(value);
	}

	static String dedent(String block) {
		String[] lines = block.split("\n", -1);
		int common = Integer.MAX_VALUE;
		for (int i = 1; i < lines.length; i++) { // the first line starts right after the fence
			String line = lines[i];
			if (!line.isBlank()) {
				common = Math.min(common, line.length() - line.stripLeading().length());
			}
		}
		StringBuilder out = new StringBuilder(lines[0].strip());
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i].isBlank() ? "" : lines[i].substring(Math.min(common, lines[i].length()));
			out.append('\n').append(line.stripTrailing());
		}
		return out.toString().strip();
	}
}
