package org.barometer.importer.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.barometer.io.InputFiles;
import org.barometer.io.UnreadableFileException;

/**
 * Text extracted from a published issue's PDF (.txt, UTF-8). A form feed starts a new page, as
 * pdftotext writes it; a text without form feeds has no pages (page 0), and its provenance
 * then names lines only.
 */
public final class TextSourceReader implements SourceReader {

	/** 8 MiB: the extracted text of a 40-page issue is about 150 KB. */
	static final long MAX_BYTES = 8L * 1024 * 1024;

	@Override
	public boolean accepts(Path file, byte[] firstBytes) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".txt") && !looksBinary(firstBytes);
	}

	private static boolean looksBinary(byte[] firstBytes) {
		for (byte b : firstBytes) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

	@Override
	public SourceDocument read(Path file) throws IOException, UnreadableSourceException {
		String name = file.getFileName().toString();
		String text = decode(name, readBounded(file, name));
		List<SourceLine> lines = new ArrayList<>();
		boolean paged = text.indexOf('\f') >= 0;
		int page = paged ? 1 : 0;
		int number = 0;
		for (String line : text.split("\r\n|\n|\r", -1)) {
			number++;
			// a form feed may stand at the start of a line or alone on it: the page turns there
			while (line.indexOf('\f') >= 0) {
				int at = line.indexOf('\f');
				String before = line.substring(0, at);
				if (!before.isEmpty()) {
					lines.add(new SourceLine(page, number, before));
				}
				page++;
				line = line.substring(at + 1);
			}
			lines.add(new SourceLine(page, number, line));
		}
		if (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank() && text.endsWith("\n")) {
			lines.remove(lines.size() - 1); // the final line break ends the last line, it starts none
		}
		return new SourceDocument(name, lines);
	}

	private static byte[] readBounded(Path file, String name) throws UnreadableSourceException {
		try {
			return InputFiles.read(file, MAX_BYTES);
		} catch (UnreadableFileException e) {
			throw new UnreadableSourceException(name + ": " + e.getMessage() + ".");
		}
	}

	private static String decode(String name, byte[] bytes) throws UnreadableSourceException {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		} catch (CharacterCodingException e) {
			throw new UnreadableSourceException(name + ": not UTF-8 text (line " + lineOfFirstBadByte(bytes, start)
					+ "); save the extracted text as UTF-8 and import it again.");
		}
	}

	private static int lineOfFirstBadByte(byte[] bytes, int start) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		int line = 1;
		int lineStart = start;
		for (int i = start; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				try {
					decoder.decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
				} catch (CharacterCodingException e) {
					return line;
				}
				line++;
				lineStart = i + 1;
			}
		}
		return line;
	}
}
