package org.barometer.export.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.barometer.io.AtomicFileWriter;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks that a file just written opens before it replaces the previous one, read back from
 * the disk as a package: a readable zip whose every XML part is well-formed (a control
 * character in a name once made workbook.xml unreadable while the export reported success),
 * whose every part has a content type, whose every relationship inside the package points at
 * a part that is there, and whose main part is a Word document or an Excel workbook. This is
 * what a reader needs to open the file. The parts' content is not parsed again into a POI
 * document: POI wrote it through its typed XML, so a second, typed reading found nothing more,
 * and it cost more than writing the file (docs/performance.md, the export benchmark).
 */
public final class WrittenFileCheck {

	private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

	public static final AtomicFileWriter.Check DOCX = written -> check(written,
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "the Word document written does not open");

	public static final AtomicFileWriter.Check XLSX = written -> check(written,
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "the Excel workbook written does not open");

	private WrittenFileCheck() {
	}

	private static void check(Path written, String mainContentType, String doesNotOpen) throws IOException {
		Package parts = read(written);
		String main = parts.mainPart;
		if (main == null || !mainContentType.equals(parts.contentType(main))) {
			throw new WrittenFileInvalidException(doesNotOpen);
		}
		for (String part : parts.names) {
			if (parts.contentType(part) == null) {
				throw new WrittenFileInvalidException(doesNotOpen + ": its part " + part + " has no content type");
			}
		}
		for (Map.Entry<String, List<String>> rels : parts.targets.entrySet()) {
			for (String target : rels.getValue()) {
				if (!parts.names.contains(target)) {
					throw new WrittenFileInvalidException(doesNotOpen + ": " + rels.getKey() + " refers to the missing part " + target);
				}
			}
		}
	}

	/** What the check needs of a package: its part names, content types and relationships' targets. */
	private static final class Package {
		final Set<String> names = new HashSet<>();
		final Map<String, String> defaults = new HashMap<>();
		final Map<String, String> overrides = new HashMap<>();
		/** Per relationships part, the part names its internal relationships point at. */
		final Map<String, List<String>> targets = new HashMap<>();
		/** The main document's part, as the package's own relationships name it. */
		String mainPart;

		String contentType(String part) {
			if (part.equals("[Content_Types].xml")) {
				return "";
			}
			String type = overrides.get(part);
			int dot = part.lastIndexOf('.');
			return type != null || dot < 0 ? type : defaults.get(part.substring(dot + 1).toLowerCase(Locale.ROOT));
		}
	}

	private static Package read(Path written) throws IOException {
		SAXParser parser = parser();
		Package parts = new Package();
		try (ZipFile zip = new ZipFile(written.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (entry.isDirectory()) {
					continue;
				}
				String name = entry.getName();
				parts.names.add(name);
				if (name.endsWith(".xml") || name.endsWith(".rels")) {
					try (InputStream in = zip.getInputStream(entry)) {
						parser.reset();
						parser.parse(in, handler(parts, name));
					} catch (SAXException e) {
						throw new WrittenFileInvalidException("the file written is damaged: its part " + name + " is not well-formed XML");
					}
				}
			}
		} catch (ZipException e) {
			throw new WrittenFileInvalidException("the file written is not a readable zip package");
		}
		return parts;
	}

	/** Reads the content types and relationships while the part's well-formedness is checked. */
	private static DefaultHandler handler(Package parts, String name) {
		if (name.equals("[Content_Types].xml")) {
			return new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if (localName.equals("Default") && attributes.getValue("Extension") != null) {
						parts.defaults.put(attributes.getValue("Extension").toLowerCase(Locale.ROOT), attributes.getValue("ContentType"));
					} else if (localName.equals("Override") && attributes.getValue("PartName") != null) {
						parts.overrides.put(attributes.getValue("PartName").replaceFirst("^/", ""), attributes.getValue("ContentType"));
					}
				}
			};
		}
		if (name.endsWith(".rels")) {
			List<String> targets = parts.targets.computeIfAbsent(name, n -> new ArrayList<>());
			String source = sourceFolder(name);
			return new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					String target = attributes.getValue("Target");
					if (!localName.equals("Relationship") || target == null || "External".equals(attributes.getValue("TargetMode"))) {
						return;
					}
					String part = resolve(source, target);
					targets.add(part);
					if (name.equals("_rels/.rels") && OFFICE_DOCUMENT.equals(attributes.getValue("Type"))) {
						parts.mainPart = part;
					}
				}
			};
		}
		return new DefaultHandler();
	}

	/** "word/_rels/document.xml.rels" holds relationships of "word/document.xml": targets are relative to "word/". */
	private static String sourceFolder(String relsPart) {
		String folder = relsPart.substring(0, relsPart.lastIndexOf("_rels/"));
		return "/" + folder;
	}

	/** A relationship's target as a part name (no leading slash), relative targets resolved against the source's folder. */
	private static String resolve(String sourceFolder, String target) {
		try {
			String path = new URI(null, null, sourceFolder, null).resolve(new URI(null, null, target, null)).normalize().getPath();
			return path.startsWith("/") ? path.substring(1) : path;
		} catch (URISyntaxException e) {
			return target; // not a path: reported as a missing part
		}
	}

	/** A parser per thread, reset before each part: making one costs more than a small part's parse. */
	private static final ThreadLocal<SAXParser> PARSERS = new ThreadLocal<>();

	private static SAXParser parser() throws IOException {
		SAXParser parser = PARSERS.get();
		if (parser == null) {
			parser = newParser();
			PARSERS.set(parser);
		}
		return parser;
	}

	private static SAXParser newParser() throws IOException {
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
