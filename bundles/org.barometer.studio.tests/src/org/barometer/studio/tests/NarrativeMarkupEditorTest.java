package org.barometer.studio.tests;

import static org.barometer.studio.tests.EditorUser.viewer;
import static org.barometer.studio.tests.StudioFixture.closeAll;
import static org.barometer.studio.tests.StudioFixture.document;
import static org.barometer.studio.tests.StudioFixture.open;
import static org.barometer.workbench.testing.UiThread.run;
import static org.barometer.workbench.testing.UiThread.sleep;
import static org.barometer.workbench.testing.UiThread.ui;
import static org.barometer.workbench.testing.UiThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Narrative markup in the editor, read from the text widget's style ranges: bold and italic
 * shown so, their stars faint, list markers set apart, and a star closed on one line making
 * the line above italic at once.
 */
class NarrativeMarkupEditorTest extends ExamplesCopyTest {

	private static final String CONTENT = """
			issue 99 of MinskBarometer
			period November-December 2020
			letter \"""
			  Tensions with the **European Union** grew, *inter alia* over sanctions; growth 5* lower.
			  The companies:
			  - Solidpipe LLC;
			  1. Xinwei LLC.

			  An *open
			  emphasis
			  \"""
			relationship Russia {
			  events
			    1 November "Talks" +1
			}
			""";

	private IFile scratch;

	@AfterEach
	void removeScratch() throws Exception {
		closeAll();
		if (scratch != null && scratch.exists()) {
			scratch.delete(true, null);
		}
	}

	@Test
	void emphasisIsShownBoldAndItalicAndListMarkersStandOut() throws Exception {
		ITextEditor editor = openScratch();
		StyleRange prose = style(editor, CONTENT.indexOf("Tensions"));
		assertNotNull(prose, "prose has its colour");
		assertEquals(SWT.NORMAL, prose.fontStyle, "plain prose");

		StyleRange bold = style(editor, CONTENT.indexOf("European"));
		assertEquals(SWT.BOLD, bold.fontStyle, "**European Union** is bold");
		assertEquals(prose.foreground, bold.foreground, "in the prose colour, not a keyword's");
		assertEquals(SWT.BOLD, style(editor, CONTENT.indexOf("Union**")).fontStyle);
		assertEquals(SWT.ITALIC, style(editor, CONTENT.indexOf("alia")).fontStyle, "*inter alia* is italic");

		StyleRange stars = style(editor, CONTENT.indexOf("**European"));
		assertEquals(SWT.NORMAL, stars.fontStyle, "the stars themselves are not bold");
		assertNotEquals(prose.foreground, stars.foreground, "the stars are set apart from the words");
		assertEquals(SWT.NORMAL, style(editor, CONTENT.indexOf(" over sanctions")).fontStyle, "emphasis ends with its stars");
		assertEquals(prose.foreground, style(editor, CONTENT.indexOf("* lower")).foreground, "a lone star is prose");

		StyleRange bullet = style(editor, CONTENT.indexOf("- Solidpipe"));
		StyleRange number = style(editor, CONTENT.indexOf("1. Xinwei"));
		assertEquals(SWT.BOLD, bullet.fontStyle, "a bullet stands out");
		assertEquals(SWT.BOLD, number.fontStyle, "a number stands out");
		assertNotEquals(prose.foreground, bullet.foreground);
		assertEquals(prose.foreground, style(editor, CONTENT.indexOf("Solidpipe")).foreground, "the item's words are prose");
		assertEquals(SWT.NORMAL, style(editor, CONTENT.indexOf("The companies")).fontStyle);
	}

	@Test
	void closingAStarOnOneLineMakesTheLineAboveItalic() throws Exception {
		ITextEditor editor = openScratch();
		int open = CONTENT.indexOf("open\n");
		assertEquals(SWT.NORMAL, style(editor, open).fontStyle, "an unclosed star: plain");
		int end = CONTENT.indexOf("emphasis\n") + "emphasis".length();
		run(() -> document(editor).replace(end, 0, "*"));
		waitUntil("the line above the closing star italic", PATIENCE, () -> style(editor, open).fontStyle == SWT.ITALIC);
		assertEquals(SWT.ITALIC, style(editor, CONTENT.indexOf("emphasis\n")).fontStyle);
	}

	private ITextEditor openScratch() throws Exception {
		scratch = project.getFile("markup.barometer");
		scratch.create(new ByteArrayInputStream(CONTENT.getBytes(StandardCharsets.UTF_8)), true, null);
		ITextEditor editor = open(scratch);
		sleep(500);
		return editor;
	}

	private static StyleRange style(ITextEditor editor, int modelOffset) {
		assertTrue(modelOffset >= 0, "the text is in the file");
		return ui(() -> {
			StyledText text = viewer(editor).getTextWidget();
			int widget = ((ITextViewerExtension5) viewer(editor)).modelOffset2WidgetOffset(modelOffset);
			StyleRange range = text.getStyleRangeAtOffset(widget);
			return range == null ? new StyleRange(widget, 1, (Color) null, null) : range;
		});
	}
}
