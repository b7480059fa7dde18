package org.barometer.importer.source;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one format of published issue (PDF, Word, extracted text) into lines. */
public interface SourceReader {

	/** Whether this reader takes the file, judged by its content's first bytes and its name. */
	boolean accepts(Path file, byte[] firstBytes);

	/**
	 * @throws UnreadableSourceException when the file is not what it claims, is damaged or
	 *         encrypted, or exceeds the import's limits; its message names the file and says why
	 */
	SourceDocument read(Path file) throws IOException, UnreadableSourceException;
}
