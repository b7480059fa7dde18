package org.barometer.importer.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Word files made PDFs by LibreOffice, as a desk without InDesign publishes them. */
final class LibreOffice {

	private LibreOffice() {
	}

	static boolean installed() {
		try {
			Process process = new ProcessBuilder("libreoffice", "--version").redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0;
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}

	/** Converts the files into {@code folder}, with a profile of our own (another LibreOffice may be running). */
	static void toPdf(Path folder, Path... files) throws IOException, InterruptedException {
		String profile = folder.resolve("libreoffice-profile").toUri().toString();
		java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("libreoffice", "-env:UserInstallation=" + profile,
				"--headless", "--convert-to", "pdf", "--outdir", folder.toString()));
		for (Path file : files) {
			command.add(file.toString());
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IOException("LibreOffice did not convert " + java.util.Arrays.toString(files));
		}
		for (Path file : files) {
			if (!Files.isRegularFile(pdfOf(folder, file))) {
				throw new IOException("LibreOffice wrote no PDF for " + file);
			}
		}
	}

	static Path pdfOf(Path folder, Path file) {
		String name = file.getFileName().toString();
		return folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
	}
}
