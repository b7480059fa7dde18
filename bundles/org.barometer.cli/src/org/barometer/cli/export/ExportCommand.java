package org.barometer.cli.export;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.barometer.cli.BarometerCommandLine;
import org.barometer.cli.workspace.Diagnostic;
import org.barometer.cli.workspace.LoadedWorkspace;
import org.barometer.cli.workspace.WorkspaceLoader;
import org.barometer.export.ExportReadiness;
import org.barometer.export.batch.ExportBatch;
import org.barometer.export.batch.FailureText;
import org.barometer.export.batch.WrittenFile;
import org.barometer.export.docx.DocxTemplate;
import org.barometer.export.docx.InvalidTemplateException;
import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `barometer export [--docx appendix|issue] [--xlsx] ... FILE|DIR...`: Word appendices and
 * issues, Excel workbooks, and an archive workbook per publication, one progress line per
 * written file with its time. The run itself is {@link ExportBatch}'s; this presents it. Exports always print computed figures, so an issue whose stated figures disagree is
 * exported (its errors are printed as it goes); one whose figures cannot be computed (syntax
 * errors, unresolved profile) is not, nor, with --strict, one with any error.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Exports issues to Word (.docx) and Excel (.xlsx), with the indices computed from the catalogues.",
				"Without --docx or --xlsx, writes everything: appendices, full issue and workbook per issue, and an archive "
						+ "workbook (index dynamics) per publication when two or more of its issues are exported.",
				"Exit codes: 0 all exported, 1 some file not exported, 2 bad usage." })
public class ExportCommand implements Callable<Integer> {

	@Option(names = "--docx", split = ",", paramLabel = "appendix|issue", converter = DocxKind.Converter.class,
			description = "Word output: the appendices alone (appendix) or the whole issue (issue); repeatable.")
	private List<DocxKind> docx = new ArrayList<>();

	@Option(names = "--xlsx", description = "Excel output: a workbook per issue, and the archive workbook.")
	private boolean xlsx;

	@Option(names = "--template", paramLabel = "FILE", description = "Reference .docx whose styles and page setup the Word output uses.")
	private Path template;

	@Option(names = "--landscape", description = "Put the appendices in a landscape section (page numbers run on).")
	private boolean landscape;

	@Option(names = "--strict", description = "Refuse any issue with errors, even stated figures that disagree.")
	private boolean strict;

	@Option(names = { "-o", "--out" }, paramLabel = "DIR", defaultValue = ".", description = "Output folder (default: the current one).")
	private Path out;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = ".barometer files, or folders to search for them.")
	private List<Path> inputs;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	private PrintWriter stdout;

	@Override
	public Integer call() {
		stdout = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		for (Path input : inputs) {
			if (!Files.exists(input)) {
				err.println("barometer export: " + input + ": no such file or folder");
				return BarometerCommandLine.USAGE;
			}
		}
		String folderProblem = ExportBatch.folderProblem(out);
		if (folderProblem != null) {
			err.println("barometer export: --out " + folderProblem);
			return BarometerCommandLine.USAGE;
		}
		DocxTemplate docxTemplate;
		try {
			docxTemplate = template == null ? DocxTemplate.bundled() : DocxTemplate.of(template);
			if (docxTemplate.footerLacksPageNumber()) {
				stdout.println("note: the footer of " + template + " has no page number; the Word files get one added under it.");
			}
		} catch (InvalidTemplateException | IOException e) {
			err.println("barometer export: --template " + e.getMessage());
			return BarometerCommandLine.USAGE;
		}
		Set<DocxKind> words = docx.isEmpty() && !xlsx ? EnumSet.allOf(DocxKind.class)
				: docx.isEmpty() ? EnumSet.noneOf(DocxKind.class) : EnumSet.copyOf(docx);
		boolean workbooks = xlsx || docx.isEmpty();
		// the folder is created with the first file written: a run that refuses everything leaves nothing behind
		ExportBatch exports = new ExportBatch(out,
				new ExportBatch.Formats(words.contains(DocxKind.APPENDIX), words.contains(DocxKind.ISSUE), workbooks, landscape), docxTemplate);

		LoadedWorkspace workspace = new WorkspaceLoader().load(inputs);
		int exported = 0;
		int failed = workspace.notRead().size();
		workspace.notRead().forEach(d -> stdout.println(d.format()));
		int written = 0;
		for (Path file : workspace.requested()) {
			List<Diagnostic> diagnostics = workspace.validate(file);
			EObject root = workspace.root(file);
			List<Diagnostic> errors = errors(diagnostics);
			Refusal refusal = refusal(file, root, diagnostics);
			errors.forEach(d -> stdout.println(d.format()));
			if (refusal != null) {
				stdout.println(refusal.format());
				failed++;
				continue;
			}
			if (root instanceof PublicationProfile) {
				stdout.println(file + ": a publication profile, nothing to export");
				continue;
			}
			Issue issue = (Issue) root;
			try {
				List<WrittenFile> files = exports.issue(file, issue);
				written += files.size();
				exported++;
				// one line per file, as it is written
				for (WrittenFile wrote : files) {
					stdout.println(file + ": exported issue " + issue.getNumber() + " to " + wrote.path() + " (" + wrote.seconds() + ")");
				}
				if (!errors.isEmpty()) {
					stdout.println(file + ":" + errorNote(errors.size()));
				}
			} catch (IOException | RuntimeException e) {
				stdout.println(file + ":1:1: error: not exported: " + FailureText.of(e));
				failed++;
			}
			stdout.flush();
		}
		for (ExportBatch.ArchiveResult archive : exports.archives()) {
			if (archive.file() != null) {
				written++;
				stdout.println(archive.target() + ": index dynamics of " + archive.issues() + " issues of " + archive.publication().getName()
						+ " (" + archive.file().seconds() + ")");
			} else {
				stdout.println(archive.target() + ": error: archive not written: " + archive.failure());
				failed++;
			}
		}
		stdout.println(exported + (exported == 1 ? " issue" : " issues") + " exported, " + failed + " not, " + written
				+ (written == 1 ? " file" : " files") + " written to " + out + ".");
		stdout.flush();
		return failed > 0 ? BarometerCommandLine.FAILED : BarometerCommandLine.OK;
	}

	/** Why a file is not exported, located at the first problem that decides it; null when it is exported. */
	private Refusal refusal(Path file, EObject root, List<Diagnostic> diagnostics) {
		List<Diagnostic> syntax = diagnostics.stream().filter(d -> d.error() && isSyntax(d)).toList();
		if (!syntax.isEmpty()) {
			return new Refusal(syntax.get(0), "syntax errors (" + syntax.size() + "), the figures cannot be computed");
		}
		if (root == null) {
			return new Refusal(new Diagnostic(file, 1, 1, true, "", null), "the file holds no issue");
		}
		if (root.eResource() != null && root.eResource().getErrors().stream().anyMatch(e -> !(e instanceof XtextLinkingDiagnostic))) {
			// a number the parser could not convert is as fatal as a syntax error: its value is missing
			Diagnostic where = errors(diagnostics).stream().findFirst().orElse(new Diagnostic(file, 1, 1, true, "", null));
			return new Refusal(where, "the file could not be read in full, the figures cannot be computed");
		}
		if (root instanceof Issue issue) {
			List<String> problems = ExportReadiness.problems(issue);
			if (!problems.isEmpty()) {
				Diagnostic where = errors(diagnostics).stream().filter(ExportCommand::isLinking).findFirst()
						.orElse(new Diagnostic(file, 1, 1, true, "", null));
				return new Refusal(where, String.join("; ", problems));
			}
			List<Diagnostic> errors = errors(diagnostics);
			if (strict && !errors.isEmpty()) {
				return new Refusal(errors.get(0), "--strict and " + errors.size() + (errors.size() == 1 ? " error" : " errors"));
			}
		}
		return null;
	}

	private record Refusal(Diagnostic where, String reason) {
		String format() {
			return where.file() + ":" + where.line() + ":" + where.column() + ": error: not exported: " + reason;
		}
	}

	private static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(Diagnostic::error).toList();
	}

	private static boolean isSyntax(Diagnostic diagnostic) {
		return diagnostic.code() != null && diagnostic.code().endsWith("Diagnostic.Syntax");
	}

	private static boolean isLinking(Diagnostic diagnostic) {
		return diagnostic.code() != null && diagnostic.code().endsWith("Diagnostic.Linking");
	}

	private static String errorNote(int errors) {
		return " " + errors + (errors == 1 ? " error" : " errors") + " above; the exports print the computed figures";
	}
}
