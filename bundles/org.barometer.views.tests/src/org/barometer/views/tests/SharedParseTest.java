package org.barometer.views.tests;

import static org.barometer.views.tests.Workbench.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;

import org.barometer.model.Issue;
import org.barometer.views.archive.ArchiveSnapshot;
import org.barometer.views.archive.IssueArchive;
import org.barometer.views.catalogue.CatalogueView;
import org.barometer.views.dynamics.DynamicsView;
import org.barometer.views.model.IssueIndices;
import org.barometer.workspace.FileParses;
import org.barometer.workspace.ProjectResources;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * The builder and the archive views share one parse: the Dynamics and Catalogue views read what
 * the build parsed, and no file the builder parsed is parsed again for them.
 */
class SharedParseTest {

	@Test
	void theViewsFillFromTheBuildersParse() throws Exception {
		IProject project = openCopyOf(Examples.folder(), "barometer-one-parse");
		try {
			DynamicsView dynamics = showView(DynamicsView.ID);
			CatalogueView catalogue = showView(CatalogueView.ID);
			IssueArchive.get().join();
			List<Issue> examples = Examples.issues();
			int events = examples.stream().mapToInt(Examples::eventCount).sum();
			waitUntil("both issues of the project in the views", PATIENCE,
					() -> issuesOf(project, dynamics.shownSnapshot()).size() == 2 && catalogue.itemCount() >= events);
			assertEquals(List.of(17, 18), issuesOf(project, dynamics.shownSnapshot()).stream().map(IssueIndices::number).sorted().toList());
			assertEquals(Examples.section(Examples.issue(examples, 18), "China").getAggregateIndex(), chinaIn18(project));

			waitForBuild();
			for (IResource member : project.members()) {
				if (ProjectResources.isBarometerFile(member)) {
					assertEquals(1, FileParses.of((IFile) member), member.getName() + " is parsed by the build only, once");
				}
			}
		} finally {
			project.delete(true, true, null);
		}
	}

	@Test
	void anIssueWithUnsavedChangesKeepsItsSavedFiguresInTheViews() throws Exception {
		IProject project = openCopyOf(Examples.folder(), "barometer-unsaved");
		try {
			IssueArchive.get().join();
			IFile issue18 = project.getFile(Examples.ISSUE_18);
			int china = Examples.section(Examples.issue(Examples.issues(), 18), "China").getAggregateIndex();
			waitUntil("issue 18 in the archive", PATIENCE, () -> chinaIn18(project) == china);

			// China's first row: +1 becomes +3, not saved; then another file is saved, and the project built
			ITextEditor editor = open(issue18);
			IDocument document = ui(() -> editor.getDocumentProvider().getDocument(editor.getEditorInput()));
			String row = "\"Creation of the Belarus–China Working Group for Trade Facilitation\"  +1";
			int offset = ui(() -> document.get().indexOf(row)) + row.length() - 2;
			run(() -> document.replace(offset, 2, "+3"));
			long builds = FileParses.of(issue18);
			IFile issue17 = project.getFile(Examples.ISSUE_17);
			issue17.setContents(new ByteArrayInputStream(Files.readAllBytes(issue17.getLocation().toPath())), IResource.FORCE, null);
			waitForBuild();
			assertTrue(FileParses.of(issue18) > builds, "the build read issue 18 as edited");
			assertEquals(china, chinaIn18(project), "the views show the saved issue 18");

			run(() -> editor.doSave(null));
			waitForBuild();
			assertEquals(china + 2, chinaIn18(project), "saved, the views show the new figures");
		} finally {
			closeAllEditors();
			project.delete(true, true, null);
		}
	}

	private static int chinaIn18(IProject project) {
		return issuesOf(project, IssueArchive.get().latest()).stream().filter(i -> i.number() == 18).findFirst()
				.map(i -> i.relationship("China").aggregate()).orElse(Integer.MIN_VALUE);
	}

	private static List<IssueIndices> issuesOf(IProject project, ArchiveSnapshot snapshot) {
		if (snapshot == null) {
			return List.of();
		}
		URI folder = URI.createPlatformResourceURI(project.getName(), true);
		return snapshot.issues().stream().filter(i -> i.source() != null && i.source().segment(1).equals(folder.segment(1))).toList();
	}
}
