package org.barometer.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.barometer.importer.layout.IssueLayoutReader;
import org.barometer.importer.layout.IssueLayoutReader.Recognition;
import org.barometer.importer.model.IssueModelBuilder;
import org.barometer.importer.model.IssueModelBuilder.Built;
import org.barometer.importer.model.ScoreRange;
import org.barometer.importer.source.SourceDocument;
import org.barometer.importer.source.SourceReader;
import org.barometer.importer.source.UnreadableSourceException;
import org.barometer.importer.writer.BarometerTextWriter;
import org.barometer.model.PublicationProfile;

/**
 * The archive import, for the command line and the studio's wizard alike (no UI here):
 * finds the sources among files and folders, reads each with the reader its content calls
 * for, recognises the issue's layout, and gives per source the issue's text, the profile's
 * when none was given, and the report; writes them into a folder without replacing anything.
 */
public final class ArchiveImport {

	/** Written into every imported issue, so that a later importer's differences can be told apart. */
	public static final String IMPORTER = "Barometer Studio import 0.1";
	private static final int SNIFFED_BYTES = 8;

	private final List<SourceReader> readers;

	public ArchiveImport() {
		this(SourceReaders.all());
	}

	public ArchiveImport(List<SourceReader> readers) {
		this.readers = List.copyOf(readers);
	}

	/**
	 * The sources among {@code inputs}: the files given, and the files of the folders given
	 * (their subfolders too) that a reader takes, in name order.
	 *
	 * @throws UnreadableSourceException for an input that does not exist, or a file given by name that no reader takes
	 */
	public List<ImportSource> sources(List<Path> inputs) throws UnreadableSourceException, IOException {
		List<ImportSource> sources = new ArrayList<>();
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				try (Stream<Path> files = Files.walk(input)) {
					for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
						SourceReader reader = readerFor(file);
						if (reader != null) {
							sources.add(new ImportSource(file, reader));
						}
					}
				}
			} else if (!Files.exists(input)) {
				throw new UnreadableSourceException(input + ": no such file or folder.");
			} else {
				SourceReader reader = readerFor(input);
				if (reader == null) {
					throw new UnreadableSourceException(input.getFileName() + ": not a published issue the import reads (text extracted from a PDF, .txt"
							+ (readers.size() > 1 ? ", or another format the import knows" : "") + ").");
				}
				sources.add(new ImportSource(input, reader));
			}
		}
		return sources;
	}

	/** Imports every source; without a profile, the first source's profile serves the others. */
	public ImportRun importAll(List<ImportSource> sources, PublicationProfile profile, ImportProgress progress) {
		List<ImportedIssue> issues = new ArrayList<>();
		List<NotImported> notImported = new ArrayList<>();
		progress.started(sources.size());
		PublicationProfile shared = profile;
		Built profileBuiltBy = null;
		for (int i = 0; i < sources.size(); i++) {
			if (progress.isCancelled()) {
				return new ImportRun(withBatchProfile(issues, profileBuiltBy), notImported, true);
			}
			ImportSource source = sources.get(i);
			progress.importing(source.file(), i);
			try {
				Imported imported = importOne(source, shared);
				issues.add(imported.issue());
				if (shared == null) {
					shared = imported.built().profile();
					profileBuiltBy = imported.built();
				} else if (profileBuiltBy != null) {
					ScoreRange.widen(shared, imported.built().issue());
				}
			} catch (UnreadableSourceException e) {
				notImported.add(new NotImported(source.file(), e.getMessage()));
			} catch (IOException e) {
				notImported.add(new NotImported(source.file(), source.file().getFileName() + ": cannot be read"
						+ (e.getMessage() == null ? "." : " (" + e.getMessage() + ").")));
			}
		}
		return new ImportRun(withBatchProfile(issues, profileBuiltBy), notImported, false);
	}

	/** The profile built from the first issue, written once every issue has widened its score range. */
	private static List<ImportedIssue> withBatchProfile(List<ImportedIssue> issues, Built builtBy) {
		// one issue: its profile text, written when it was imported, has nothing to widen
		if (builtBy == null || issues.size() < 2 || !issues.get(0).hasProfile()) {
			return issues;
		}
		List<ImportedIssue> out = new ArrayList<>(issues);
		ImportedIssue first = out.get(0);
		out.set(0, new ImportedIssue(first.source(), first.fileName(), first.issueText(), first.profileFileName(),
				profileText(builtBy.profile(), first.source()), first.report()));
		return out;
	}

	private static String profileText(PublicationProfile profile, String source) {
		return new BarometerTextWriter().profile(profile, "Built by the import from " + source
				+ ": the relationships from its section headings,\nthe colour scale from its Appendix 3 as printed,"
				+ " the score range the widest its catalogues use.");
	}

	/** Imports one source against {@code profile}, or builds the profile from it when null. */
	public ImportedIssue importSource(Path source, PublicationProfile profile) throws IOException, UnreadableSourceException {
		SourceReader reader = readerFor(source);
		if (reader == null) {
			throw new UnreadableSourceException(source.getFileName() + ": not a published issue the import reads.");
		}
		return importOne(new ImportSource(source, reader), profile).issue();
	}

	private record Imported(ImportedIssue issue, Built built) {
	}

	private Imported importOne(ImportSource source, PublicationProfile profile) throws IOException, UnreadableSourceException {
		SourceDocument document = source.reader().read(source.file());
		return recognise(document, profile);
	}

	/** The recognition and writing of a document already read: for readers' tests and round trips. */
	public ImportedIssue importDocument(SourceDocument document, PublicationProfile profile) {
		return recognise(document, profile).issue();
	}

	private Imported recognise(SourceDocument document, PublicationProfile profile) {
		Recognition recognition = new IssueLayoutReader().read(document);
		Built built = new IssueModelBuilder().build(recognition.issue(), document.name(), IMPORTER, profile);
		BarometerTextWriter writer = new BarometerTextWriter();
		String issueText = writer.issue(built.issue());
		String profileText = built.profileBuilt() ? profileText(built.profile(), document.name()) : null;
		List<String> notes = new ArrayList<>(recognition.notes());
		notes.addAll(built.notes());
		ImportReport report = ImportReport.of(document.name(), recognition.ledger(), notes);
		ImportedIssue issue = new ImportedIssue(document.name(), OutputNames.issue(built.issue()), issueText,
				OutputNames.profile(built.profile()), profileText, report);
		return new Imported(issue, built);
	}

	/** Writes the issue (and its profile, if built) into {@code folder}: see {@link ImportFolder} for what is never replaced. */
	public List<WrittenFile> write(ImportedIssue issue, Path folder) throws IOException {
		ImportFolder out = new ImportFolder(folder);
		List<WrittenFile> written = new ArrayList<>();
		if (issue.hasProfile()) {
			written.add(out.write(issue.profileFileName(), issue.profileText()));
		}
		written.add(out.write(issue.fileName(), issue.issueText()));
		return written;
	}

	private SourceReader readerFor(Path file) {
		byte[] first;
		try (InputStream in = Files.newInputStream(file)) {
			first = in.readNBytes(SNIFFED_BYTES);
		} catch (IOException e) {
			first = new byte[0];
		}
		for (SourceReader reader : readers) {
			if (reader.accepts(file, first)) {
				return reader;
			}
		}
		return null;
	}
}
