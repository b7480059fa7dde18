package org.barometer.export.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.barometer.export.docx.AppendixDocxWriter;
import org.barometer.export.docx.IssueDocxWriter;
import org.barometer.export.xlsx.IssueWorkbookWriter;
import org.barometer.model.Issue;

/**
 * Writes the files one issue is exported to, with the writers asked for (null: not asked).
 * Shared by the command line and the studio's export wizard, so both name and write alike.
 */
public final class IssueExporter {

	private final AppendixDocxWriter appendices;
	private final IssueDocxWriter issues;
	private final IssueWorkbookWriter workbooks;
	private final OutputNames names;

	public IssueExporter(AppendixDocxWriter appendices, IssueDocxWriter issues, IssueWorkbookWriter workbooks, OutputNames names) {
		this.appendices = appendices;
		this.issues = issues;
		this.workbooks = workbooks;
		this.names = names;
	}

	public OutputNames names() {
		return names;
	}

	/** Writes every asked-for file of the issue; returns them in the order written. */
	public List<Path> export(Path source, Issue issue) throws IOException {
		String base = names.claim(source);
		if (base == null) {
			throw new IOException("its exports would overwrite those of " + names.owner(source) + " (same file name)");
		}
		List<Path> written = new ArrayList<>();
		if (appendices != null) {
			appendices.write(issue, names.appendices(base));
			written.add(names.appendices(base));
		}
		if (issues != null) {
			issues.write(issue, names.issue(base));
			written.add(names.issue(base));
		}
		if (workbooks != null) {
			workbooks.write(issue, names.workbook(base));
			written.add(names.workbook(base));
		}
		return written;
	}
}
