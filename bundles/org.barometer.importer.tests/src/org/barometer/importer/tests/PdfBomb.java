package org.barometer.importer.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A well-formed one-page PDF whose page content is megabytes of blanks, compressed to a few
 * kilobytes: a "PDF bomb", written byte by byte as an attacker would.
 */
final class PdfBomb {

	private PdfBomb() {
	}

	static Path write(Path file, int unpackedMegabytes) throws IOException {
		ByteArrayOutputStream packed = new ByteArrayOutputStream();
		try (DeflaterOutputStream out = new DeflaterOutputStream(packed, new Deflater(Deflater.BEST_COMPRESSION))) {
			byte[] blanks = new byte[1024 * 1024];
			Arrays.fill(blanks, (byte) ' ');
			for (int i = 0; i < unpackedMegabytes; i++) {
				out.write(blanks);
			}
		}
		byte[] content = packed.toByteArray();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		long[] offsets = new long[5];
		text(pdf, "%PDF-1.7\n");
		offsets[1] = pdf.size();
		text(pdf, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
		offsets[2] = pdf.size();
		text(pdf, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
		offsets[3] = pdf.size();
		text(pdf, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n");
		offsets[4] = pdf.size();
		text(pdf, "4 0 obj\n<< /Length " + content.length + " /Filter /FlateDecode >>\nstream\n");
		pdf.write(content);
		text(pdf, "\nendstream\nendobj\n");
		long xref = pdf.size();
		text(pdf, "xref\n0 5\n0000000000 65535 f \n");
		for (int i = 1; i < offsets.length; i++) {
			text(pdf, String.format("%010d 00000 n \n", offsets[i]));
		}
		text(pdf, "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
		return Files.write(file, pdf.toByteArray());
	}

	private static void text(ByteArrayOutputStream out, String text) throws IOException {
		out.write(text.getBytes(StandardCharsets.US_ASCII));
	}
}
