package org.barometer.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.barometer.importer.docx.DocxSourceReader;
import org.barometer.importer.pdf.PdfSourceReader;
import org.barometer.importer.source.SourceReader;
import org.barometer.importer.source.UnreadableSourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what they claim, damaged, locked or built to harm: each is refused with
 * a message that names the file and says why in the reader's words, and nothing is written
 * beside it.
 */
class HostileInputTest {

	@TempDir
	Path folder;

	private final PdfSourceReader pdf = new PdfSourceReader();
	private final DocxSourceReader docx = new DocxSourceReader();

	private String refusal(SourceReader reader, Path file) throws Exception {
		List<Path> before = listing();
		UnreadableSourceException refused = assertThrows(UnreadableSourceException.class, () -> reader.read(file));
		String message = refused.getMessage();
		assertTrue(message.startsWith(file.getFileName() + ": "), "names the file: " + message);
		assertFalse(message.contains("Exception") || message.contains("\tat ") || message.contains("java."),
				"no Java in the message: " + message);
		assertEquals(before, listing(), "nothing written beside the file");
		return message;
	}

	private List<Path> listing() throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	private Path text(String name) throws Exception {
		return Files.writeString(folder.resolve(name), "Date\tEvent\tScore\n1 September\tLukashenka\t+1\n");
	}

	private Path samplePdf(String name) throws Exception {
		return new PdfPages().page().at(60, 100, "Date").at(160, 100, "Event").at(510, 100, "Score").save(folder.resolve(name));
	}

	private Path sampleDocx(String name) throws Exception {
		Path file = folder.resolve(name);
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			document.createParagraph().createRun().setText("Relationship with Russia");
			document.write(out);
		}
		return file;
	}

	@Test
	void aTextFileNamedPdfIsNotAPdf() throws Exception {
		assertTrue(refusal(pdf, text("issue-17.pdf")).contains("is not a PDF"));
	}

	@Test
	void aTextFileNamedDocxIsNotAWordDocument() throws Exception {
		assertTrue(refusal(docx, text("issue-17.docx")).contains("is not a Word document"));
	}

	@Test
	void anOldWordFileIsAskedToBeSavedAsDocx() throws Exception {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0 };
		Path file = Files.write(folder.resolve("issue-17.docx"), ole2);
		assertTrue(refusal(docx, file).contains("save it as a Word Document (.docx)"));
	}

	@Test
	void aPasswordProtectedPdfAsksForAnUnprotectedCopy() throws Exception {
		Path file = folder.resolve("locked.pdf");
		try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(samplePdf("open.pdf").toFile())) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
			policy.setEncryptionKeyLength(256);
			document.protect(policy);
			document.save(file.toFile());
		}
		assertTrue(refusal(pdf, file).contains("protected by a password"));
	}

	@Test
	void aTruncatedPdfIsIncomplete() throws Exception {
		byte[] whole = Files.readAllBytes(samplePdf("whole.pdf"));
		Path file = Files.write(folder.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length / 2));
		assertTrue(refusal(pdf, file).contains("is incomplete"));
	}

	@Test
	void aPdfWithNothingButItsFrameIsDamaged() throws Exception {
		Path file = Files.writeString(folder.resolve("hollow.pdf"), "%PDF-1.7\nnot a single object here\n%%EOF\n");
		assertTrue(refusal(pdf, file).contains("is damaged"));
	}

	@Test
	void aPdfOverTheSizeLimitIsRefusedUnopened() throws Exception {
		Path file = folder.resolve("huge.pdf");
		try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
			out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
			out.setLength((PdfSourceReader.MAX_MEGABYTES + 1L) * 1024 * 1024); // sparse: nothing much on disk
		}
		assertTrue(refusal(pdf, file).contains("up to " + PdfSourceReader.MAX_MEGABYTES + " MB"));
	}

	@Test
	void aPdfBombIsStoppedAtItsFirstPage() throws Exception {
		Path file = PdfBomb.write(folder.resolve("bomb.pdf"), 2 * 32 + 1);
		assertTrue(Files.size(file) < 1024 * 1024);
		long start = System.nanoTime();
		String message = refusal(pdf, file);
		assertTrue(message.contains("page 1 unpacks to more than 32 MB"), message);
		assertTrue(System.nanoTime() - start < 10_000_000_000L, "stopped early, not after unpacking it all");
	}

	@Test
	void aTruncatedDocxIsDamaged() throws Exception {
		byte[] whole = Files.readAllBytes(sampleDocx("whole.docx"));
		Path file = Files.write(folder.resolve("cut.docx"), Arrays.copyOf(whole, whole.length / 2));
		assertTrue(refusal(docx, file).contains("damaged or incomplete"));
	}

	@Test
	void aZipBombDocxIsRefusedBeforeItUnpacks() throws Exception {
		Path sample = sampleDocx("sample.docx");
		String document = new String(entry(sample, "word/document.xml"), StandardCharsets.UTF_8);
		// 40 MB of blanks inside the body: packs to a few dozen kilobytes, a ratio no Word document has
		String bomb = document.replace("</w:body>", " ".repeat(40 * 1024 * 1024) + "</w:body>");
		Path file = replaceEntry(sample, folder.resolve("bomb.docx"), "word/document.xml", bomb.getBytes(StandardCharsets.UTF_8));
		assertTrue(Files.size(file) < 1024 * 1024);
		assertTrue(refusal(docx, file).contains("zip bomb"));
	}

	@Test
	void aDocxWithExternalEntitiesIsRefusedAndReadsNothingElse() throws Exception {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "the-secret-word");
		Path sample = sampleDocx("sample.docx");
		String document = new String(entry(sample, "word/document.xml"), StandardCharsets.UTF_8);
		String hostile = document.replaceFirst("<w:document",
				"<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><w:document")
				.replace("Relationship with Russia", "&xxe;");
		Path file = replaceEntry(sample, folder.resolve("entities.docx"), "word/document.xml", hostile.getBytes(StandardCharsets.UTF_8));
		String message = refusal(docx, file);
		assertTrue(message.contains("document type declaration"), message);
		assertFalse(message.contains("the-secret-word"));
	}

	private static byte[] entry(Path zip, String name) throws Exception {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (entry.getName().equals(name)) {
					return in.readAllBytes();
				}
			}
		}
		throw new AssertionError(name + " not in " + zip);
	}

	private static Path replaceEntry(Path zip, Path target, String name, byte[] content) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals(name) ? content : in.readAllBytes());
				out.closeEntry();
			}
		}
		Files.write(target, bytes.toByteArray());
		return target;
	}

}
