package org.barometer.importer.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.barometer.importer.source.SourceDocument;
import org.barometer.importer.source.SourceLine;
import org.barometer.importer.source.SourceReader;
import org.barometer.importer.source.UnreadableSourceException;

/**
 * A Word manuscript (.docx) read into lines with POI: see {@link DocxBody} for what a line is.
 *
 * Limits, for files from anywhere: at most {@value #MAX_MEGABYTES} MB on disk; no part may
 * unpack to more than {@value #MAX_PART_MEGABYTES} MB or to more than 100 times its packed size
 * (POI's zip-bomb guard, {@link ZipSecureFile}); XML with a document type declaration (the
 * carrier of external entities) is refused by POI's parser. The file is opened read-only and
 * nothing is written.
 */
public final class DocxSourceReader implements SourceReader {

	public static final int MAX_MEGABYTES = 64;
	public static final int MAX_PART_MEGABYTES = 200;
	/** Unpacked at most 100 times the packed size: Word's XML packs about 10:1. */
	public static final double MIN_INFLATE_RATIO = 0.01;

	private static final int MEGABYTE = 1024 * 1024;
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

	static {
		// POI's guards are process-wide; these only tighten its defaults (4 GB per part)
		ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
		ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), (long) MAX_PART_MEGABYTES * MEGABYTE));
	}

	@Override
	public boolean accepts(Path file, byte[] firstBytes) {
		return file.getFileName().toString().toLowerCase().endsWith(".docx");
	}

	@Override
	public SourceDocument read(Path file) throws IOException, UnreadableSourceException {
		String name = file.getFileName().toString();
		checkContainer(file, name);
		List<SourceLine> lines;
		OPCPackage container = null;
		try {
			container = OPCPackage.open(file.toFile(), PackageAccess.READ);
			try (XWPFDocument document = new XWPFDocument(container)) {
				lines = new DocxBody(document).lines();
			}
		} catch (IOException | RuntimeException | StackOverflowError | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
			throw new UnreadableSourceException(name + ": " + DocxFailure.why(e), e);
		} finally {
			if (container != null) {
				container.revert(); // read-only: close without saving anything
			}
		}
		if (lines.stream().allMatch(SourceLine::isBlank)) {
			throw new UnreadableSourceException(name + ": has no text to read.");
		}
		return new SourceDocument(name, lines);
	}

	private static void checkContainer(Path file, String name) throws IOException, UnreadableSourceException {
		long size = Files.size(file);
		if (size > (long) MAX_MEGABYTES * MEGABYTE) {
			throw new UnreadableSourceException(name + ": is " + size / MEGABYTE + " MB; the import reads Word documents of up to "
					+ MAX_MEGABYTES + " MB.");
		}
		byte[] start = new byte[8];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(start, 0, start.length);
		}
		if (read == OLE2.length && Arrays.equals(start, OLE2)) {
			throw new UnreadableSourceException(name + ": is a Word 97-2003 document (.doc) or a password-protected one. "
					+ "Open it in Word, save it as a Word Document (.docx) without a password, and import that file.");
		}
		if (read < ZIP.length || !Arrays.equals(Arrays.copyOf(start, ZIP.length), ZIP)) {
			throw new UnreadableSourceException(name + ": is not a Word document (.docx): its content is not what Word writes (was another file renamed?).");
		}
	}
}
