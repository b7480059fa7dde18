package org.barometer.lang.resource;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;

/**
 * A Barometer file as a resource. Editors on Windows save UTF-8 with a byte order mark; Java's
 * decoder keeps it as a character, which the parser took for a syntax error that stopped every
 * other check. The mark is dropped before parsing.
 */
public class BarometerResource extends LazyLinkingResource {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		return super.createReader(withoutByteOrderMark(inputStream));
	}

	static InputStream withoutByteOrderMark(InputStream in) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(in);
		buffered.mark(UTF8_BOM.length);
		byte[] start = buffered.readNBytes(UTF8_BOM.length);
		if (start.length != UTF8_BOM.length || start[0] != UTF8_BOM[0] || start[1] != UTF8_BOM[1] || start[2] != UTF8_BOM[2]) {
			buffered.reset();
		}
		return buffered;
	}
}
