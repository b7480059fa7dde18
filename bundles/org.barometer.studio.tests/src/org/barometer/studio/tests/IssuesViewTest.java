package org.barometer.studio.tests;

import static org.barometer.studio.tests.StudioFixture.ISSUE_18;
import static org.barometer.studio.tests.StudioFixture.closeAll;
import static org.barometer.studio.tests.StudioFixture.openExamplesCopy;
import static org.barometer.studio.tests.StudioFixture.restore;
import static org.barometer.studio.tests.StudioFixture.waitForBuild;
import static org.barometer.workbench.testing.UiThread.run;
import static org.barometer.workbench.testing.UiThread.ui;
import static org.barometer.workbench.testing.UiThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.barometer.studio.issues.IssuesView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Issues list: the publication, its profile and issues by number and period, their problems and indices, live. */
class IssuesViewTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);
	private static IProject project;

	@BeforeAll
	static void openTheExamples() throws Exception {
		project = openExamplesCopy();
		run(() -> page().showView(IssuesView.ID));
	}

	@AfterAll
	static void closeThem() throws Exception {
		closeAll();
		project.delete(false, true, null);
	}

	@Test
	void listsThePublicationWithItsProfileAndIssuesByNumberAndPeriod() throws Exception {
		waitUntil("the Issues list to show the publication", PATIENCE, () -> row(project) != null);
		assertEquals("Minsk Barometer", ui(() -> row(project).getText(0)), "a publication is shown by its title");
		List<String> files = ui(() -> children(row(project)));
		assertEquals(List.of("Profile", "\u2116 17 \u00b7 Sep\u2013Oct 2020", "\u2116 18 \u00b7 Nov\u2013Dec 2020"),
				files);
		IFile issue18 = project.getFile(ISSUE_18);
		assertEquals("\u2116 18 \u00b7 Nov\u2013Dec 2020", ui(() -> row(issue18).getText(0)));
		String problems = ui(() -> row(issue18).getText(1));
		assertEquals(count(issue18, IMarker.SEVERITY_ERROR) + " errors, " + count(issue18, IMarker.SEVERITY_WARNING) + " warnings",
				problems);
		String indices = ui(() -> row(issue18).getText(2));
		assertTrue(indices.startsWith("Russia +14 \u00b7 European Union "), indices);
		assertTrue(indices.endsWith("national 0 \u00b7 regional \u22128 (Yellow)"), indices);
	}

	@Test
	void followsTheFilesAsTheyAreSaved() throws Exception {
		IFile issue18 = project.getFile(ISSUE_18);
		waitUntil("the Issues list to show issue 18", PATIENCE, () -> row(issue18) != null);
		String text = new String(issue18.getContents().readAllBytes(), StandardCharsets.UTF_8);
		try {
			// one more Russia event of +3: the aggregate goes from +14 to +17
			String changed = text.replaceFirst("(relationship Russia[^\\n]*\\n(?:.*\\n)*?  events\\n)",
					"$1    1 November \"A further agreement\" +3\n");
			assertTrue(!changed.equals(text), "the test's edit applies");
			issue18.setContents(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
			waitForBuild();
			waitUntil("the Issues list to show the new aggregate", PATIENCE,
					() -> ui(() -> row(issue18).getText(2)).startsWith("Russia +17 "));
		} finally {
			restore(issue18);
			waitForBuild();
		}
	}

	private static long count(IFile file, int severity) throws Exception {
		return java.util.Arrays.stream(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == severity).count();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static Tree tree() {
		IssuesView view = (IssuesView) page().findView(IssuesView.ID);
		return Widgets.find((org.eclipse.swt.widgets.Composite) view.getSite().getShell(), Tree.class).stream()
				.filter(tree -> tree.getColumnCount() == 3 && "Issue".equals(tree.getColumn(0).getText())).findFirst().orElseThrow();
	}

	/** The row that shows this publication or file (other tests' copies of the examples have the same names), or null. */
	private static TreeItem row(Object element) {
		return ui(() -> {
			List<TreeItem> all = new ArrayList<>();
			for (TreeItem top : tree().getItems()) {
				all.add(top);
				all.addAll(List.of(top.getItems()));
			}
			return all.stream().filter(item -> element.equals(item.getData())).findFirst().orElse(null);
		});
	}

	private static List<String> children(TreeItem item) {
		return List.of(item.getItems()).stream().map(child -> child.getText(0)).toList();
	}
}
