package org.barometer.importer.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.barometer.importer.source.SourceLine;

/**
 * PDFBox's text extraction up to the characters and their positions (it merges accents and
 * drops the doubled characters of fake bold), then our own layout of each page instead of
 * PDFBox's line breaking: lines by baseline, tables by their gutters.
 */
final class PositionedTextStripper extends PDFTextStripper {

	private final List<SourceLine> lines = new ArrayList<>();
	private final ContentBudget budget = new ContentBudget();

	PositionedTextStripper() {
		setSortByPosition(true);
	}

	List<SourceLine> lines() {
		return lines;
	}

	/** The page being read (1-based), for a message when it turns out damaged. */
	int currentPage() {
		return getCurrentPageNo();
	}

	@Override
	public void processPage(PDPage page) throws IOException {
		budget.newPage();
		for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext();) {
			budget.spend(streams.next());
		}
		super.processPage(page);
	}

	@Override
	public void showForm(PDFormXObject form) throws IOException {
		budget.spend(form.getContentStream());
		super.showForm(form);
	}

	@Override
	protected void writePage() throws IOException {
		// text in other directions (a chart's vertical axis title) is laid out on its own, after the upright text
		Map<Integer, List<Glyph>> byDirection = new TreeMap<>();
		for (List<TextPosition> article : getCharactersByArticle()) {
			for (TextPosition position : article) {
				String text = position.getUnicode();
				if (text == null || text.isEmpty()) {
					continue;
				}
				float size = Math.max(position.getFontSizeInPt(), position.getHeightDir());
				float x = position.getXDirAdj();
				byDirection.computeIfAbsent(Math.round(position.getDir()), d -> new ArrayList<>())
						.add(new Glyph(x, x + position.getWidthDirAdj(), position.getYDirAdj(), size, text));
			}
		}
		int page = getCurrentPageNo();
		int number = 0;
		for (List<Glyph> glyphs : byDirection.values()) {
			for (String text : PageLayout.lines(VisualLine.of(glyphs))) {
				lines.add(new SourceLine(page, ++number, text));
			}
		}
	}
}
