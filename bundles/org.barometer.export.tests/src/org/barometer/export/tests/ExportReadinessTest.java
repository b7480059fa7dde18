package org.barometer.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.barometer.export.ExportReadiness;
import org.barometer.model.Issue;
import org.barometer.model.SecurityEvent;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** What keeps an issue from being exported, in the words the export reports. */
class ExportReadinessTest {

	@Test
	void theExampleIssuesAreReady() {
		for (Issue issue : ExampleIssues.examples()) {
			assertEquals(List.of(), ExportReadiness.problems(issue), "issue " + issue.getNumber());
		}
	}

	/** A "?" left in a row would be printed as 0 and counted as 0 in the published indices. */
	@Test
	void aScoreNotGivenYetKeepsTheIssueFromBeingExported() {
		// a copy: the examples' resource set is shared by the other tests
		Issue issue = EcoreUtil.copy(ExampleIssues.examples().stream().filter(i -> i.getNumber() == 18).findFirst().orElseThrow());
		issue.getSections().get(0).getEvents().get(0).unsetScore();
		SecurityEvent security = issue.getSecurity().getEvents().get(0);
		security.unsetRegional();
		List<String> problems = ExportReadiness.problems(issue);
		assertTrue(problems.contains("2 scores are not given yet (? in the Russia catalogue and the security catalogue)"), problems.toString());
	}
}
