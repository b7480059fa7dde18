package org.barometer.export.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.barometer.io.InputFiles;
import org.barometer.io.UnreadableFileException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.barometer.export.docx.internal.PageNumberFooter;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

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
	/** Set when the template is nothing but styles, settings and a page setup (like the bundled one). */
	private Skeleton skeleton;
	private boolean examined;

	/**
	 * What a plain template consists of. Opening a .docx costs more than the appendix tables
	 * written into it (zip, content types, relationships, XML parsing); a document POI creates
	 * in memory, given copies of these three, is the same document at a fraction of the cost.
	 */
	private record Skeleton(CTStyles styles, CTSettings settings, CTSectPr section) {
	}

	/** The parts a template may have and still be rebuilt from its skeleton. */
	private static final Set<String> SKELETON_PARTS = Set.of("/word/document.xml", "/word/styles.xml", "/word/settings.xml",
			"/docProps/core.xml", "/docProps/app.xml");

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
			bytes = InputFiles.read(file);
		} catch (UnreadableFileException e) {
			throw new InvalidTemplateException(file + (Files.exists(file) ? ": the template is not read: " + e.getMessage()
					: ": no such template file"), e);
		}
		DocxTemplate template = new DocxTemplate(bytes, file.toString());
		try (XWPFDocument document = template.open()) {
			document.getDocument().getBody(); // a package without a Word body is no template
		} catch (IOException | RuntimeException e) {
			throw new InvalidTemplateException(file + ": " + TemplateRefusal.reason(e), e);
		}
		return template;
	}

	/**
	 * Whether the template's footer lacks a page number: the Word exports then add the page
	 * number to it, and the command line and the wizard say so.
	 */
	public boolean footerLacksPageNumber() throws IOException {
		if (skeleton() != null) {
			return false; // no footer part at all: the exports write their own
		}
		try (XWPFDocument document = open()) {
			XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
			XWPFFooter footer = policy == null ? null : policy.getDefaultFooter();
			return footer != null && !PageNumberFooter.hasPageNumber(footer);
		}
	}

	/** Where the template comes from, for messages. */
	public String origin() {
		return origin;
	}

	/** A new document: the template's styles, page setup and footers, an empty body, every style of {@link StyleIds}. */
	public XWPFDocument newDocument() throws IOException {
		Skeleton plain = skeleton();
		if (plain != null) {
			XWPFDocument document = new XWPFDocument();
			document.createStyles().setStyles((CTStyles) plain.styles().copy());
			document.getSettings().getCTSettings().set(plain.settings());
			document.getDocument().getBody().setSectPr((CTSectPr) plain.section().copy());
			if (this != bundled()) {
				addMissingStyles(document);
			}
			return document;
		}
		XWPFDocument document = open();
		while (!document.getBodyElements().isEmpty()) {
			document.removeBodyElement(document.getBodyElements().size() - 1);
		}
		if (this != bundled()) {
			addMissingStyles(document);
		}
		return document;
	}

	private synchronized Skeleton skeleton() throws IOException {
		if (!examined) {
			examined = true;
			try (XWPFDocument document = open()) {
				boolean plain = document.getStyles() != null && document.getSettings() != null
						&& document.getDocument().getBody().isSetSectPr();
				for (PackagePart part : document.getPackage().getParts()) {
					plain &= part.isRelationshipPart() || SKELETON_PARTS.contains(part.getPartName().getName());
				}
				if (plain) {
					skeleton = new Skeleton((CTStyles) document.getStyles().getCtStyles().copy(),
							(CTSettings) document.getSettings().getCTSettings().copy(),
							(CTSectPr) document.getDocument().getBody().getSectPr().copy());
				}
			} catch (InvalidFormatException e) {
				throw new IOException(origin + ": " + e.getMessage(), e);
			}
		}
		return skeleton;
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
