package org.barometer.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.barometer.export.ExportReadiness;
import org.barometer.export.IssueTitles;
import org.barometer.export.docx.internal.AppendixContent;
import org.barometer.export.docx.internal.DocumentProperties;
import org.barometer.export.docx.internal.PageNumberFooter;
import org.barometer.export.docx.internal.Outline;
import org.barometer.export.docx.internal.PageSections;
import org.barometer.export.docx.internal.RunningHeader;
import org.barometer.export.io.PoiDocuments;
import org.barometer.io.AtomicFileWriter;
import org.barometer.export.io.WrittenFileCheck;
import org.barometer.model.Issue;
import org.barometer.model.navigation.Containers;

/** The Word appendices of an issue alone: the tables the production desk pastes into the layout. */
public final class AppendixDocxWriter {

	private final DocxTemplate template;
	private final boolean landscape;

	public AppendixDocxWriter(DocxTemplate template, boolean landscape) {
		this.template = template;
		this.landscape = landscape;
	}

	/** Writes the file atomically: on failure the previous file is left as it was. */
	public void write(Issue issue, Path target) throws IOException {
		ExportReadiness.check(issue);
		stage(issue, target).commit();
	}

	/** Writes the file beside the target and checks that it opens; the target is replaced on {@code commit()}. */
	public AtomicFileWriter.Staged stage(Issue issue, Path target) throws IOException {
		return AtomicFileWriter.stage(target, out -> writeTo(issue, out), WrittenFileCheck.DOCX);
	}

	public void writeTo(Issue issue, OutputStream out) throws IOException {
		ExportReadiness.check(issue);
		XWPFDocument document = template.newDocument();
		try {
			PageNumberFooter.addTo(document);
			RunningHeader.addTo(document, IssueTitles.runningHeader(issue) + " · Appendices");
			PageSections pages = new PageSections(document, landscape);
			AppendixContent.append(document, new Outline(), issue, pages);
			pages.finish();
			DocumentProperties.set(document, IssueTitles.publication(Containers.profileOf(issue)) + " "
					+ IssueTitles.issueLabel(issue) + " — Appendices");
			document.write(out);
		} finally {
			PoiDocuments.release(document);
		}
	}
}
