package org.barometer.studio.tests;

import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.barometer.editor.outline.BarometerOutlinePage;
import org.barometer.lang.ide.outline.OutlineNode;
import org.barometer.model.Month;
import org.barometer.workspace.IssueTemplates;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;

/** The outline of a new, empty issue as the New Issue wizard writes it: every section, Security included, and security rows in words. */
class NewIssueOutlineTest extends ExamplesCopyTest {

	@Test
	void aNewIssueShowsEverySectionSecurityIncludedAndSecurityRowsNameTheirAxes() throws Exception {
		String empty = IssueTemplates.issue(19, "MinskBarometer", List.of("Russia", "EU"), Month.JANUARY, Month.FEBRUARY, 2021);
		IFile file = project.getFile("issue-19-jan-feb-2021.barometer");
		file.create(new ByteArrayInputStream(empty.getBytes(StandardCharsets.UTF_8)), true, null);
		try {
			open(file);
			run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_OUTLINE));
			waitUntil("the outline to fill", PATIENCE, () -> ui(() -> outline() != null && !outline().roots().isEmpty()));
			List<OutlineNode> sections = ui(() -> outline().roots().get(0).children());
			assertEquals(List.of(OutlineNode.RELATIONSHIP_SECTION, OutlineNode.RELATIONSHIP_SECTION, OutlineNode.SECURITY_SECTION),
					sections.stream().map(OutlineNode::kind).toList(), sections.toString());
			assertTrue(sections.get(2).label().startsWith("Security  national 0, regional 0"), sections.get(2).label());

			String row = "    January-February \"Exercises\" 0 -1\n";
			run(() -> document(open(file)).replace(empty.lastIndexOf("}"), 0, row));
			waitUntil("the security row in the outline", PATIENCE, () -> ui(() -> outline().roots().get(0).children().get(2).children().size() == 1));
			assertEquals("January-February  Exercises  national 0 · regional -1",
					ui(() -> outline().roots().get(0).children().get(2).children().get(0).label()));
		} finally {
			closeAll();
			file.delete(true, null);
		}
	}

	private static BarometerOutlinePage outline() {
		var view = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(IPageLayout.ID_OUTLINE);
		return view instanceof ContentOutline outline && outline.getCurrentPage() instanceof BarometerOutlinePage page ? page : null;
	}
}
