package org.barometer.lang.ide.formatting;

import java.util.ArrayList;
import java.util.List;

import org.barometer.lang.ide.edits.TextEdit;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a whole file with the language's formatter ({@code BarometerFormatter}), returning
 * the edits instead of applying them, as Xtext's language server does, but without LSP types.
 * A file with syntax errors is left alone: formatting what the parser only half understood
 * could move text the analyst is still typing.
 */
public class BarometerFormatting {

	/** The files' indentation: two spaces, as in the examples and the README. */
	static final String INDENTATION = "  ";

	@Inject
	private Provider<IFormatter2> formatters;
	@Inject
	private Provider<FormatterRequest> requests;
	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	public List<TextEdit> format(XtextResource resource) {
		if (resource == null || resource.getParseResult() == null || resource.getParseResult().getRootNode() == null
				|| resource.getParseResult().hasSyntaxErrors() || resource.getContents().isEmpty()) {
			return List.of();
		}
		ITextRegionAccess regionAccess = regionAccessBuilders.get().forNodeModel(resource).create();
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues();
		preferences.put(FormatterPreferenceKeys.indentation, INDENTATION);
		preferences.put(FormatterPreferenceKeys.indentationLength, INDENTATION.length());
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regionAccess);
		request.setPreferences(preferences);
		request.setAllowIdentityEdits(false);
		request.setFormatUndefinedHiddenRegionsOnly(false);
		List<TextEdit> edits = new ArrayList<>();
		for (ITextReplacement replacement : formatters.get().format(request)) {
			edits.add(new TextEdit(replacement.getOffset(), replacement.getLength(), replacement.getReplacementText()));
		}
		return edits;
	}
}
