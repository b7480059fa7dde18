package org.barometer.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.barometer.export.docx.AppendixDocxWriter;
import org.barometer.export.docx.DocxTemplate;
import org.barometer.export.io.WrittenFileCheck;
import org.barometer.export.io.WrittenFileInvalidException;
import org.barometer.export.xlsx.IssueWorkbookWriter;
import org.barometer.io.AtomicFileWriter;
import org.barometer.model.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check an export's file passes before it replaces the previous one: a real export passes,
 * a damaged one never replaces its target (the check reads the package, not a POI document).
 */
class WrittenFileCheckTest {

	private static final byte[] PREVIOUS = "the previous export".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path folder;

	@Test
	void realExportsPass() throws IOException {
		Issue issue = ExampleIssues.examples().get(1);
		Path docx = folder.resolve("appendices.docx");
		Path xlsx = folder.resolve("issue.xlsx");
		new AppendixDocxWriter(DocxTemplate.bundled(), false).write(issue, docx);
		new IssueWorkbookWriter().write(issue, xlsx);
		assertDoesNotThrow(() -> WrittenFileCheck.DOCX.verify(docx));
		assertDoesNotThrow(() -> WrittenFileCheck.XLSX.verify(xlsx));
		assertEquals("the Word document written does not open",
				assertThrows(WrittenFileInvalidException.class, () -> WrittenFileCheck.DOCX.verify(xlsx)).getMessage(),
				"a workbook is no Word document");
	}

	@Test
	void aPartThatIsNotWellFormedIsRefusedAndThePreviousFileStays() throws IOException {
		// a control character in a text, as a name with one once made a part unreadable
		byte[] damaged = rewrite(appendix(), "word/document.xml", xml -> xml.replaceFirst("<w:t>", "<w:t>\u0001"));
		assertRefused(damaged, "the file written is damaged: its part word/document.xml is not well-formed XML");
	}

	@Test
	void aRelationshipToAMissingPartIsRefused() throws IOException {
		byte[] damaged = rewrite(appendix(), "word/_rels/document.xml.rels", rels -> rels.replace("styles.xml", "missing-styles.xml"));
		assertRefused(damaged, "the Word document written does not open: word/_rels/document.xml.rels refers to the missing part word/missing-styles.xml");
	}

	@Test
	void aMainPartThatIsNoWordDocumentIsRefused() throws IOException {
		byte[] damaged = rewrite(appendix(), "[Content_Types].xml",
				types -> types.replace("PartName=\"/word/document.xml\"", "PartName=\"/word/other.xml\""));
		assertRefused(damaged, "the Word document written does not open");
	}

	@Test
	void aFileThatIsNoZipIsRefused() throws IOException {
		assertRefused("not a package".getBytes(StandardCharsets.UTF_8), "the file written is not a readable zip package");
	}

	/** Written through the atomic writer with the Word check: refused, the target keeps its previous content, nothing left over. */
	private void assertRefused(byte[] content, String message) throws IOException {
		Path target = Files.write(folder.resolve("issue.docx"), PREVIOUS);
		WrittenFileInvalidException refusal = assertThrows(WrittenFileInvalidException.class,
				() -> AtomicFileWriter.stage(target, out -> out.write(content), WrittenFileCheck.DOCX).commit());
		assertEquals(message, refusal.getMessage());
		assertArrayEquals(PREVIOUS, Files.readAllBytes(target));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of("issue.docx"), files.map(p -> p.getFileName().toString()).toList());
		}
	}

	private static byte[] appendix() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new AppendixDocxWriter(DocxTemplate.bundled(), false).writeTo(ExampleIssues.examples().get(1), out);
		return out.toByteArray();
	}

	/** The package with one part's text changed (the part must change). */
	private static byte[] rewrite(byte[] docx, String part, UnaryOperator<String> change) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		boolean changed = false;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = readAll(in);
				if (entry.getName().equals(part)) {
					String text = new String(bytes, StandardCharsets.UTF_8);
					String rewritten = change.apply(text);
					changed = !rewritten.equals(text);
					bytes = rewritten.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(bytes);
				zip.closeEntry();
			}
		}
		assertEquals(true, changed, "the test did not change " + part);
		return out.toByteArray();
	}

	private static byte[] readAll(InputStream in) throws IOException {
		return in.readAllBytes();
	}
}
