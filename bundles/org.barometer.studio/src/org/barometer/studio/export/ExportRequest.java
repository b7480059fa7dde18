package org.barometer.studio.export;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;

/**
 * What the person asked the export wizard for.
 *
 * @param files the .barometer files to export (profiles among them are skipped)
 * @param appendices Word: the appendices alone
 * @param fullIssue Word: the whole issue
 * @param workbook Excel: a workbook per issue, and an archive workbook per publication of two or more issues
 * @param landscape the appendices in a landscape section
 * @param template a house .docx template, or null for the bundled one
 * @param folder where the files go
 */
public record ExportRequest(List<IFile> files, boolean appendices, boolean fullIssue, boolean workbook, boolean landscape,
		Path template, Path folder) {

	public ExportRequest {
		files = List.copyOf(files);
	}

	public boolean asksForSomething() {
		return appendices || fullIssue || workbook;
	}
}
