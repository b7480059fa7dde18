package org.barometer.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.barometer.export.docx.AppendixDocxWriter;
import org.barometer.export.docx.DocxTemplate;
import org.barometer.export.xlsx.IssueWorkbookWriter;
import org.barometer.io.AtomicFileWriter;
import org.barometer.model.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real writers, broken off midway, leave the previous exports as they were (the writing itself is tested in org.barometer.io.tests). */
class InterruptedExportTest {

	private static final byte[] PREVIOUS = "the previous export".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path folder;

	@Test
	void realExportsInterruptedMidwayLeaveThePreviousFiles() throws IOException {
		Issue issue = ExampleIssues.examples().get(0);
		Path docx = Files.write(folder.resolve("issue.docx"), PREVIOUS);
		Path xlsx = Files.write(folder.resolve("issue.xlsx"), PREVIOUS);
		AppendixDocxWriter appendices = new AppendixDocxWriter(DocxTemplate.bundled(), false);
		// POI may pass the failure on as its own unchecked exception: any failure will do
		assertThrows(Exception.class,
				() -> AtomicFileWriter.write(docx, out -> appendices.writeTo(issue, new FailingAfter(out, 4096))));
		assertThrows(Exception.class,
				() -> AtomicFileWriter.write(xlsx, out -> new IssueWorkbookWriter().writeTo(issue, new FailingAfter(out, 4096))));
		assertArrayEquals(PREVIOUS, Files.readAllBytes(docx));
		assertArrayEquals(PREVIOUS, Files.readAllBytes(xlsx));
		assertEquals(List.of("issue.docx", "issue.xlsx"), names());
	}

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** A stream that breaks after some bytes, like a full disk or a pulled drive. */
	private static final class FailingAfter extends FilterOutputStream {
		private long left;

		FailingAfter(OutputStream out, long bytes) {
			super(out);
			this.left = bytes;
		}

		@Override
		public void write(int b) throws IOException {
			if (--left < 0) {
				throw new IOException("the device failed");
			}
			out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			for (int i = 0; i < len; i++) {
				write(b[off + i]);
			}
		}
	}
}
