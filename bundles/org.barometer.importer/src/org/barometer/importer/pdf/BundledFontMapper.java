package org.barometer.importer.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Stands in for every font a PDF does not embed with the one font PDFBox carries (Liberation
 * Sans). PDFBox's own mapper would look through the machine's fonts, which takes seconds and
 * writes a cache file into the user's home; reading text needs no font's shapes, only the
 * widths the PDF gives, so the stand-in changes nothing the import reads.
 */
final class BundledFontMapper implements FontMapper {

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final byte[] font;

	BundledFontMapper() {
		try (InputStream in = PDType1Font.class.getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IllegalStateException("PDFBox's bundled font " + FONT + " is missing");
			}
			font = in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
		return new FontMapping<>(font(), true);
	}

	@Override
	public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
		return new FontMapping<>(font(), true);
	}

	@Override
	public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
		return new CIDFontMapping(null, font(), true);
	}

	/** A font of its own for each caller: a parsed font reads its glyphs lazily and is not shared across documents. */
	private TrueTypeFont font() {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(font));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
