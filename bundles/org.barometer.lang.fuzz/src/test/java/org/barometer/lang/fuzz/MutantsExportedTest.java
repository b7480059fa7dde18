package org.barometer.lang.fuzz;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.barometer.export.ExportReadiness;
import org.barometer.export.batch.ExportBatch;
import org.barometer.export.batch.WrittenFile;
import org.barometer.export.docx.DocxTemplate;
import org.barometer.model.Issue;
import org.eclipse.emf.ecore.resource.Resource;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * The exports' fuzz campaign (issue 13): mutants of the examples that the export accepts (no
 * syntax error, figures computable) are exported to Word and Excel, and every file reported
 * written must open; a refusal must come as a message, never as an escaping exception.
 */
class MutantsExportedTest {

	@Property(tries = 150, seed = "13", shrinking = ShrinkingMode.BOUNDED)
	void everyFileAnExportReportsWrittenOpens(@ForAll("mutants") Mutant mutant) throws IOException {
		String profile = mutant.profileText();
		String text = mutant.issueText();
		Issue issue = LanguageCheck.parse(profile, text);
		boolean exportable = issue != null && issue.eResource().getErrors().isEmpty() && profileParsed(issue)
				&& ExportReadiness.problems(issue).isEmpty();
		Statistics.label("exported").collect(exportable);
		if (!exportable) {
			return;
		}
		Path folder = Files.createTempDirectory("fuzz-export");
		try {
			ExportBatch batch = new ExportBatch(folder, new ExportBatch.Formats(true, true, true, false), DocxTemplate.bundled());
			List<WrittenFile> written = assertDoesNotThrow(() -> batch.issue(folder.resolve("issue.barometer"), issue),
					"an exportable issue is written, or refused with a message");
			assertFalse(written.isEmpty(), "an exported issue has files");
			for (WrittenFile file : written) {
				assertOpens(file.path());
			}
		} finally {
			deleteQuietly(folder);
		}
	}

	@Provide
	Arbitrary<Mutant> mutants() {
		return new MutantsOfTheExamplesTest().mutants();
	}

	private static boolean profileParsed(Issue issue) {
		Resource profile = issue.getProfile() == null ? null : issue.getProfile().eResource();
		return profile != null && profile.getErrors().isEmpty();
	}

	private static void assertOpens(Path file) {
		assertDoesNotThrow(() -> {
			try (InputStream in = Files.newInputStream(file)) {
				if (file.toString().endsWith(".docx")) {
					new XWPFDocument(in).close();
				} else {
					new XSSFWorkbook(in).close();
				}
			}
		}, () -> file.getFileName() + " was reported written but does not open");
	}

	private static void deleteQuietly(Path folder) {
		try (var files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary folder in the build's target
		}
	}
}
