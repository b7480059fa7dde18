package org.barometer.export.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.barometer.io.AtomicFileWriter;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks that a file just written opens before it replaces the previous one: every XML part of
 * the package is well-formed (a control character in a name once made workbook.xml unreadable
 * while the export reported success), and POI opens the document as Word or Excel would.
 */
public final class WrittenFileCheck {

	private WrittenFileCheck() {
	}

	public static final AtomicFileWriter.Check DOCX = written -> {
		partsAreWellFormed(written);
		try (InputStream in = Files.newInputStream(written); XWPFDocument document = new XWPFDocument(in)) {
			document.getDocument().getBody();
		} catch (IOException | RuntimeException e) {
			throw new WrittenFileInvalidException("the Word document written does not open");
		}
	};

	public static final AtomicFileWriter.Check XLSX = written -> {
		partsAreWellFormed(written);
		try (InputStream in = Files.newInputStream(written); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				workbook.getSheetAt(i).getLastRowNum();
			}
		} catch (IOException | RuntimeException e) {
			throw new WrittenFileInvalidException("the Excel workbook written does not open");
		}
	};

	private static void partsAreWellFormed(Path written) throws IOException {
		SAXParser parser = parser();
		try (ZipFile zip = new ZipFile(written.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
					try (InputStream in = zip.getInputStream(entry)) {
						parser.reset();
						parser.parse(in, new DefaultHandler());
					} catch (SAXException e) {
						throw new WrittenFileInvalidException("the file written is damaged: its part " + entry.getName() + " is not well-formed XML");
					}
				}
			}
		} catch (java.util.zip.ZipException e) {
			throw new WrittenFileInvalidException("the file written is not a readable zip package");
		}
	}

	private static SAXParser parser() throws IOException {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newSAXParser();
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException("no XML parser to check the written file", e);
		}
	}
}
