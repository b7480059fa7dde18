package org.barometer.editor.presentation;

import java.util.Map;

import org.barometer.lang.ide.highlighting.BarometerHighlightingStyles;
import org.barometer.model.text.MarkupSpan;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** The editor's colours: lexical classes and the semantic styles of the IDE highlighter. */
public final class BarometerColours {

	static final TextAttribute KEYWORD = new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD);
	static final TextAttribute STRING = new TextAttribute(new Color(42, 0, 255));
	static final TextAttribute TEXT_BLOCK = new TextAttribute(new Color(60, 60, 130));
	static final TextAttribute COMMENT = new TextAttribute(new Color(63, 127, 95), null, SWT.ITALIC);
	static final TextAttribute NUMBER = new TextAttribute(new Color(90, 90, 90));
	static final TextAttribute DEFAULT = new TextAttribute(null);

	/** Narrative markup: emphasis in the prose colour, its stars faint, list markers as a reader sees bullets. */
	static final Map<MarkupSpan.Kind, TextAttribute> NARRATIVE = Map.of(
			MarkupSpan.Kind.BOLD, new TextAttribute(TEXT_BLOCK.getForeground(), null, SWT.BOLD),
			MarkupSpan.Kind.ITALIC, new TextAttribute(TEXT_BLOCK.getForeground(), null, SWT.ITALIC),
			MarkupSpan.Kind.BOLD_ITALIC, new TextAttribute(TEXT_BLOCK.getForeground(), null, SWT.BOLD | SWT.ITALIC),
			MarkupSpan.Kind.EMPHASIS_MARKER, new TextAttribute(new Color(160, 160, 185)),
			MarkupSpan.Kind.LIST_MARKER, new TextAttribute(new Color(0, 110, 140), null, SWT.BOLD));

	/** Semantic style id → attribute; positive scores green, negative red, as analysts read them. */
	static final Map<String, TextAttribute> SEMANTIC = Map.of(
			BarometerHighlightingStyles.DATE, new TextAttribute(new Color(0, 90, 160)),
			BarometerHighlightingStyles.POSITIVE_SCORE, new TextAttribute(new Color(0, 128, 0), null, SWT.BOLD),
			BarometerHighlightingStyles.NEGATIVE_SCORE, new TextAttribute(new Color(200, 0, 0), null, SWT.BOLD),
			BarometerHighlightingStyles.ZERO_SCORE, new TextAttribute(new Color(110, 110, 110), null, SWT.BOLD),
			BarometerHighlightingStyles.DISAGREEING_FIGURE,
			new TextAttribute(new Color(200, 0, 0), new Color(255, 235, 160), SWT.BOLD));

	private BarometerColours() {
	}
}
