package org.barometer.export.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * The reference .docx every Word export starts from: its styles, page setup and (if it has
 * one) footer are kept, its body is dropped. The bundled template defines every style in
 * {@link StyleIds}; a user's template may define only some, the others are copied in.
 */
public final class DocxTemplate {

	static final String BUNDLED_RESOURCE = "/templates/barometer-reference.docx";

	private static DocxTemplate bundled;

	private final byte[] bytes;
	private final String origin;

	private DocxTemplate(byte[] bytes, String origin) {
		this.bytes = bytes;
		this.origin = origin;
	}

	/** The template shipped in this bundle. */
	public static synchronized DocxTemplate bundled() {
		if (bundled == null) {
			try (InputStream in = DocxTemplate.class.getResourceAsStream(BUNDLED_RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("the bundled template " + BUNDLED_RESOURCE + " is missing from the export bundle");
				}
				bundled = new DocxTemplate(in.readAllBytes(), "the bundled template");
			} catch (IOException e) {
				throw new UncheckedIOException("cannot read the bundled template", e);
			}
		}
		return bundled;
	}

	/** A user's template; checked now, so that a bad one is reported before anything is exported. */
	public static DocxTemplate of(Path file) throws InvalidTemplateException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new InvalidTemplateException(file + ": no such template file", e);
		} catch (IOException e) {
			throw new InvalidTemplateException(file + ": cannot read the template: " + e.getMessage(), e);
		}
		DocxTemplate template = new DocxTemplate(bytes, file.toString());
		try (XWPFDocument document = template.open()) {
			document.getDocument().getBody(); // a package without a Word body is no template
		} catch (IOException | RuntimeException e) {
			throw new InvalidTemplateException(file + ": not a Word document (.docx) usable as a template"
					+ (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
		}
		return template;
	}

	/** Where the template comes from, for messages. */
	public String origin() {
		return origin;
	}

	/** A new document: the template's styles, page setup and footers, an empty body, every style of {@link StyleIds}. */
	public XWPFDocument newDocument() throws IOException {
		XWPFDocument document = open();
		while (!document.getBodyElements().isEmpty()) {
			document.removeBodyElement(document.getBodyElements().size() - 1);
		}
		if (this != bundled()) {
			addMissingStyles(document);
		}
		return document;
	}

	private XWPFDocument open() throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(bytes));
	}

	private static void addMissingStyles(XWPFDocument document) throws IOException {
		XWPFStyles styles = document.getStyles() != null ? document.getStyles() : document.createStyles();
		if (StyleIds.ALL.stream().allMatch(styles::styleExist)) {
			return;
		}
		try (XWPFDocument reference = bundled().open()) {
			XWPFStyles source = reference.getStyles();
			for (String id : StyleIds.ALL) {
				// a style comes with the styles it is based on, unless the template has them
				Deque<String> chain = new ArrayDeque<>();
				for (String s = id; s != null && !styles.styleExist(s) && source.styleExist(s) && !chain.contains(s);
						s = source.getStyle(s).getBasisStyleID()) {
					chain.push(s);
				}
				while (!chain.isEmpty()) {
					CTStyle copy = (CTStyle) source.getStyle(chain.pop()).getCTStyle().copy();
					styles.addStyle(new XWPFStyle(copy, styles));
				}
			}
		}
	}
}
