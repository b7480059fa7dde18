package org.barometer.export.batch;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.barometer.export.docx.AppendixDocxWriter;
import org.barometer.export.docx.DocxTemplate;
import org.barometer.export.docx.IssueDocxWriter;
import org.barometer.io.TargetNotWrittenException;
import org.barometer.io.WriteFailureReason;
import org.barometer.export.xlsx.ArchiveWorkbookWriter;
import org.barometer.export.xlsx.IssueWorkbookWriter;
import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.barometer.model.navigation.Containers;

/**
 * One export run, as the command line and the studio's export wizard both do it: the files
 * asked for, issue by issue, all or none per issue; the output folder created only when the
 * first file is written (a run that refuses everything leaves no trace); then an archive
 * workbook per publication of which two or more issues were exported. The callers decide
 * which files are exportable and present what this reports.
 */
public final class ExportBatch {

	/** What to write: Word appendices, the whole issue in Word, Excel workbooks (and archives). */
	public record Formats(boolean appendices, boolean wholeIssue, boolean workbooks, boolean landscape) {
	}

	/** An archive workbook written ({@code file} set) or not ({@code failure} set). */
	public record ArchiveResult(PublicationProfile publication, int issues, WrittenFile file, Path target, String failure) {
	}

	private final Path folder;
	private final IssueExporter exporter;
	private final boolean archives;
	private final Map<PublicationProfile, List<Issue>> byPublication = new LinkedHashMap<>();

	public ExportBatch(Path folder, Formats formats, DocxTemplate template) {
		this.folder = folder;
		this.exporter = new IssueExporter(formats.appendices() ? new AppendixDocxWriter(template, formats.landscape()) : null,
				formats.wholeIssue() ? new IssueDocxWriter(template, formats.landscape()) : null,
				formats.workbooks() ? new IssueWorkbookWriter() : null, new OutputNames(folder));
		this.archives = formats.workbooks();
	}

	/**
	 * Why the output folder cannot be used, checked before anything is read or written; null
	 * when it can (it need not exist yet).
	 */
	public static String folderProblem(Path folder) {
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			return folder + " is a file, not a folder";
		}
		return null;
	}

	/** Exports one issue's files, all or none, and remembers it for its publication's archive. */
	public List<WrittenFile> issue(Path source, Issue issue) throws IOException {
		createFolder();
		List<WrittenFile> written = exporter.export(source, issue);
		byPublication.computeIfAbsent(Containers.profileOf(issue), p -> new ArrayList<>()).add(issue);
		return written;
	}

	/** The archive workbook of each publication of which two or more issues were exported. */
	public List<ArchiveResult> archives() {
		List<ArchiveResult> results = new ArrayList<>();
		if (!archives) {
			return results;
		}
		for (Map.Entry<PublicationProfile, List<Issue>> publication : byPublication.entrySet()) {
			List<Issue> issues = publication.getValue();
			if (issues.size() < 2) {
				continue;
			}
			Path archive = exporter.names().archive(publication.getKey().getName());
			try {
				long start = System.nanoTime();
				new ArchiveWorkbookWriter().write(issues, archive);
				results.add(new ArchiveResult(publication.getKey(), issues.size(),
						new WrittenFile(archive, Duration.ofNanos(System.nanoTime() - start)), archive, null));
			} catch (IOException | RuntimeException e) {
				results.add(new ArchiveResult(publication.getKey(), issues.size(), null, archive, FailureText.of(e)));
			}
		}
		return results;
	}

	private void createFolder() throws IOException {
		try {
			Files.createDirectories(folder);
		} catch (FileAlreadyExistsException e) {
			throw new TargetNotWrittenException(folder, "a file of that name is in the way of the folder", e);
		} catch (IOException e) {
			throw new TargetNotWrittenException(folder, "the folder cannot be created: " + WriteFailureReason.of(folder, e), e);
		}
	}
}
