package org.barometer.importer.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A PDF laid out by hand, text placed at given positions (points from the page's top left,
 * baselines), as a typesetter places it: the tests decide where every word of a table stands.
 */
final class PdfPages {

	record Text(float x, float top, float size, String text) {
	}

	private final List<List<Text>> pages = new ArrayList<>();
	/** Draw each page's texts in reverse order, as writers that draw column by column do. */
	private boolean reversed;

	PdfPages page() {
		pages.add(new ArrayList<>());
		return this;
	}

	PdfPages at(float x, float top, String text) {
		return at(x, top, 10, text);
	}

	PdfPages at(float x, float top, float size, String text) {
		pages.get(pages.size() - 1).add(new Text(x, top, size, text));
		return this;
	}

	PdfPages drawnBackwards() {
		reversed = true;
		return this;
	}

	Path save(Path file) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (List<Text> texts : pages) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				float height = page.getMediaBox().getHeight();
				List<Text> order = new ArrayList<>(texts);
				if (reversed) {
					java.util.Collections.reverse(order);
				}
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					for (Text text : order) {
						content.beginText();
						content.setFont(font, text.size());
						content.newLineAtOffset(text.x(), height - text.top());
						content.showText(text.text());
						content.endText();
					}
				}
			}
			document.save(file.toFile());
		}
		return file;
	}
}
