package org.barometer.importer.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.barometer.importer.source.SourceDocument;
import org.barometer.importer.source.SourceLine;
import org.barometer.importer.source.SourceReader;
import org.barometer.importer.source.UnreadableSourceException;

/**
 * A published issue's PDF read into lines with PDFBox, from the positions of the text on each
 * page (see {@link PageLayout}): table rows come out as one line each, cells separated by
 * tabs. Pages are the PDF's own; a line's number counts the lines of its page.
 *
 * Limits, for files from anywhere: at most {@value #MAX_MEGABYTES} MB and
 * {@value #MAX_PAGES} pages; a page's drawing may unpack to at most
 * {@value ContentBudget#MAX_PAGE_MEGABYTES} MB ({@link ContentBudget}); PDFBox works in at most
 * {@value #MAX_WORKING_MEGABYTES} MB of memory, never in temporary files, and fonts a PDF does not
 * embed are never looked up among the machine's ({@link BundledFontMapper}). Nothing is written.
 */
public final class PdfSourceReader implements SourceReader {

	public static final int MAX_MEGABYTES = 64;
	public static final int MAX_PAGES = 500;
	public static final int MAX_WORKING_MEGABYTES = 256;

	private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] END_MARK = "%%EOF".getBytes(StandardCharsets.US_ASCII);
	/** How far from the end the end-of-file mark may be (some writers add a few bytes after it). */
	private static final int END_MARK_WINDOW = 2048;
	private static final int MEGABYTE = 1024 * 1024;

	static {
		// never PDFBox's search of the machine's fonts (seconds, and a cache file in the user's home)
		FontMappers.set(new BundledFontMapper());
	}

	@Override
	public boolean accepts(Path file, byte[] firstBytes) {
		return startsWithMagic(firstBytes) || file.getFileName().toString().toLowerCase().endsWith(".pdf");
	}

	@Override
	public SourceDocument read(Path file) throws IOException, UnreadableSourceException {
		String name = file.getFileName().toString();
		checkContainer(file, name);
		PositionedTextStripper stripper = new PositionedTextStripper();
		boolean opened = false;
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "",
				MemoryUsageSetting.setupMainMemoryOnly((long) MAX_WORKING_MEGABYTES * MEGABYTE).streamCache)) {
			opened = true;
			int pages = document.getNumberOfPages();
			if (pages > MAX_PAGES) {
				throw refused(name, "has " + pages + " pages; the import reads PDFs of up to " + MAX_PAGES + " pages.");
			}
			stripper.getText(document);
		} catch (ContentBudget.PageTooLargeException e) {
			throw refused(name, "page " + stripper.currentPage() + " unpacks to more than " + ContentBudget.MAX_PAGE_MEGABYTES
					+ " MB of drawing, far more than a page of text holds: the file is damaged or built to exhaust the reader.");
		} catch (InvalidPasswordException e) {
			throw refused(name, "is protected by a password. Open it in a PDF viewer, save a copy without the password, and import that copy.");
		} catch (IOException | RuntimeException | StackOverflowError e) {
			throw damaged(name, opened ? stripper.currentPage() : 0, e);
		}
		List<SourceLine> lines = stripper.lines();
		if (lines.stream().allMatch(SourceLine::isBlank)) {
			throw refused(name, "has no text to read: its pages are probably scanned images, which the import cannot read.");
		}
		return new SourceDocument(name, lines);
	}

	/** What can be told from the file's size, start and end before PDFBox opens it. */
	private static void checkContainer(Path file, String name) throws IOException, UnreadableSourceException {
		long size = Files.size(file);
		if (size > (long) MAX_MEGABYTES * MEGABYTE) {
			throw refused(name, "is " + (size / MEGABYTE) + " MB; the import reads PDFs of up to " + MAX_MEGABYTES + " MB.");
		}
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			byte[] start = new byte[(int) Math.min(1024, size)];
			in.readFully(start);
			if (!startsWithMagic(start)) {
				throw refused(name, "is not a PDF: its content does not begin as a PDF's does (was another file renamed?).");
			}
			int tail = (int) Math.min(END_MARK_WINDOW, size);
			byte[] end = new byte[tail];
			in.seek(size - tail);
			in.readFully(end);
			if (indexOf(end, END_MARK) < 0) {
				throw refused(name, "is incomplete: the PDF stops before its end (an interrupted download or copy?). Get the whole file again.");
			}
		}
	}

	private static UnreadableSourceException damaged(String name, int page, Throwable cause) {
		String what = page > 0 ? "page " + page + " " : "";
		String message = cause.getMessage() == null ? "" : cause.getMessage();
		if (message.contains("exceeded")) {
			return new UnreadableSourceException(name + ": " + what + "needs more memory than the import allows (" + MAX_WORKING_MEGABYTES
					+ " MB); the file is damaged or built to exhaust memory.", cause);
		}
		return new UnreadableSourceException(name + ": " + (page > 0 ? what + "is damaged and cannot be read." : "is damaged and cannot be read as a PDF."), cause);
	}

	private static UnreadableSourceException refused(String name, String why) {
		return new UnreadableSourceException(name + ": " + why);
	}

	private static boolean startsWithMagic(byte[] bytes) {
		// a PDF may have a few bytes of junk before its header; readers accept it within the first kilobyte
		int at = indexOf(bytes, MAGIC);
		return at >= 0 && at < 1024;
	}

	private static int indexOf(byte[] bytes, byte[] pattern) {
		outer: for (int i = 0; i + pattern.length <= bytes.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (bytes[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
