package org.barometer.export.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.barometer.export.ExportReadiness;
import org.barometer.export.docx.AppendixDocxWriter;
import org.barometer.export.docx.IssueDocxWriter;
import org.barometer.io.AtomicFileWriter;
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

	/**
	 * Writes every asked-for file of the issue, all or none: each is written beside its target
	 * and checked to open, and only when all are does any replace its previous version. Returns
	 * them in the order written, each with the time it took.
	 */
	public List<WrittenFile> export(Path source, Issue issue) throws IOException {
		String base = names.claim(source);
		if (base == null) {
			throw new ExportRefusedException("its exports would overwrite those of " + names.owner(source) + " (same file name)");
		}
		ExportReadiness.check(issue);
		List<AtomicFileWriter.Staged> staged = new ArrayList<>();
		List<Long> nanos = new ArrayList<>();
		try {
			long start = System.nanoTime();
			if (appendices != null) {
				staged.add(appendices.stage(issue, names.appendices(base)));
				nanos.add(System.nanoTime() - start);
				start = System.nanoTime();
			}
			if (issues != null) {
				staged.add(issues.stage(issue, names.issue(base)));
				nanos.add(System.nanoTime() - start);
				start = System.nanoTime();
			}
			if (workbooks != null) {
				staged.add(workbooks.stage(issue, names.workbook(base)));
				nanos.add(System.nanoTime() - start);
			}
		} catch (IOException | RuntimeException e) {
			staged.forEach(AtomicFileWriter.Staged::discard);
			throw e;
		}
		List<WrittenFile> written = new ArrayList<>();
		for (int i = 0; i < staged.size(); i++) {
			long start = System.nanoTime();
			try {
				staged.get(i).commit();
			} catch (IOException e) {
				staged.subList(i + 1, staged.size()).forEach(AtomicFileWriter.Staged::discard);
				throw e;
			}
			written.add(new WrittenFile(staged.get(i).target(), Duration.ofNanos(nanos.get(i) + System.nanoTime() - start)));
		}
		return written;
	}
}
