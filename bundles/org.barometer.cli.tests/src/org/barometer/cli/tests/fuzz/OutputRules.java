package org.barometer.cli.tests.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.barometer.cli.tests.hardening.CommandRun;
import org.barometer.lang.messages.QuotedInput;
import org.xml.sax.helpers.DefaultHandler;

/** What every run of the command line must look like, whatever its input; each rule returns the broken one, or null. */
final class OutputRules {

	/** file:line:col: error|warning: message [code]: one line, a place, a message that is not Java's. */
	private static final Pattern DIAGNOSTIC = Pattern.compile(".+:\\d+:\\d+: (error|warning): [^\\r\\n]+");
	private static final Pattern SUMMARY = Pattern.compile("\\d+ files? checked: \\d+ errors?, \\d+ warnings?\\.");
	private static final Pattern EXPORT_LINE = Pattern.compile(
			".+: (exported issue .+|a publication profile, nothing to export|index dynamics of .+|\\d+ errors? above; the exports print the computed figures)"
			+ "|\\d+ issues? exported, \\d+ not, \\d+ files? written to .+\\.");
	private static final Pattern JAVA = Pattern.compile("Exception|EValidator|java\\.|\\bnull\\b|Cannot invoke|For input string");

	private OutputRules() {
	}

	static String checkValidate(CommandRun run) {
		if (run.exitCode() != 0 && run.exitCode() != 1) {
			return "exit code " + run.exitCode();
		}
		if (!run.err().isEmpty()) {
			return "stderr: " + run.err();
		}
		String[] lines = run.lines();
		if (lines.length == 0 || !SUMMARY.matcher(lines[lines.length - 1]).matches()) {
			return "no summary line";
		}
		for (int i = 0; i < lines.length - 1; i++) {
			String broken = checkDiagnostic(lines[i]);
			if (broken != null) {
				return broken + (i > 0 ? " (after: " + lines[i - 1] + ")" : "");
			}
		}
		return null;
	}

	static String checkExport(CommandRun run, Path out) {
		if (run.exitCode() != 0 && run.exitCode() != 1) {
			return "exit code " + run.exitCode();
		}
		if (!run.err().isEmpty()) {
			return "stderr: " + run.err();
		}
		for (String line : run.lines()) {
			if (EXPORT_LINE.matcher(line).matches()) {
				if (line.contains(": exported issue ")) {
					// "FILE: exported issue 18 to PATH (0.4 s)": the notes in brackets after the path are not part of it
					for (String file : line.substring(line.indexOf(" to ") + 4).replaceAll("( \\([^()]*\\))+$", "").split(", ")) {
						String unopened = opens(Path.of(file));
						if (unopened != null) {
							return "reported written but does not open: " + file + ": " + unopened;
						}
					}
				}
				continue;
			}
			String broken = checkDiagnostic(line);
			if (broken != null) {
				return broken;
			}
		}
		return null;
	}

	static String checkDiagnostic(String line) {
		if (!DIAGNOSTIC.matcher(line).matches()) {
			return "not a diagnostic line: " + line;
		}
		int error = line.indexOf(": error: ");
		String message = error >= 0 ? line.substring(error + 9) : line.substring(line.indexOf(": warning: ") + 11);
		if (JAVA.matcher(message).find()) {
			return "Java text in a message: " + line;
		}
		// the language's own rule for a message on one line: what QuotedInput.asOneLine leaves unchanged
		if (!message.equals(QuotedInput.asOneLine(message))) {
			return "a message that is not one safe line (control characters or breaks): " + line;
		}
		return null;
	}

	/** Null when the file opens as Word or Excel does it: a zip whose XML parts are well-formed, and POI reads it. */
	static String opens(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
					try (InputStream in = zip.getInputStream(entry)) {
						factory.newSAXParser().parse(in, new DefaultHandler());
					}
				}
			}
			try (InputStream in = Files.newInputStream(file)) {
				if (file.toString().endsWith(".docx")) {
					try (XWPFDocument document = new XWPFDocument(in)) {
						document.getParagraphs();
					}
				} else {
					try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
						workbook.getNumberOfSheets();
					}
				}
			}
			return null;
		} catch (IOException | RuntimeException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
			return e.toString();
		}
	}
}
