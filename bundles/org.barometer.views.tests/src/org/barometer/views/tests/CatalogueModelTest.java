package org.barometer.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.barometer.model.Issue;
import org.barometer.views.model.CatalogueColumn;
import org.barometer.views.model.CatalogueFilter;
import org.barometer.views.model.CatalogueModel;
import org.barometer.views.model.CatalogueReader;
import org.barometer.views.model.CatalogueRow;
import org.barometer.views.model.IssueIndicesReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Catalogue view's rows, filters, orders and comparable events, on issues 17 and 18. */
class CatalogueModelTest {

	private static List<Issue> issues;
	private static CatalogueModel model;

	@BeforeAll
	static void parse() {
		issues = Examples.issues();
		List<CatalogueRow> rows = new ArrayList<>();
		for (Issue issue : issues) {
			rows.addAll(CatalogueReader.rows(issue, IssueIndicesReader.read(issue)));
		}
		model = new CatalogueModel(rows);
	}

	@Test
	void everyEventOfEveryIssueIsARow() {
		int events = issues.stream().mapToInt(Examples::eventCount).sum();
		assertEquals(events, model.rows().size());
		assertEquals(events, model.visible(CatalogueFilter.ANY, CatalogueColumn.ISSUE, true).size());
		assertEquals(List.of("Russia", "EU", "China", "US", "Ukraine", "Security"), model.sections());
		assertEquals(List.of("September–October 2020", "November–December 2020"), model.periods());
	}

	/** The texts a column is sized to, each made once for the rows that share it, are every row's text. */
	@Test
	void aColumnsTextsAreThoseOfEveryRow() {
		for (CatalogueColumn column : CatalogueColumn.values()) {
			java.util.Set<String> everyRow = new java.util.HashSet<>();
			model.rows().forEach(row -> everyRow.add(column.text(row)));
			assertEquals(everyRow, column.texts(model.rows()), column.title());
		}
		assertTrue(CatalogueColumn.ISSUE.texts(model.rows()).contains("18 \u00b7 Nov\u2013Dec 2020"), CatalogueColumn.ISSUE.texts(model.rows()).toString());
	}

	@Test
	void aRowKnowsWhereItsEventIsWritten() throws Exception {
		CatalogueRow row = only(model.visible(new CatalogueFilter("Reduction in roaming fees", null, null, null), null, true));
		String text = java.nio.file.Files.readString(Examples.folder().resolve(Examples.ISSUE_18));
		String written = text.substring(row.offset(), row.offset() + row.length());
		assertTrue(written.startsWith("1 November") && written.contains("Reduction in roaming fees") && written.endsWith("+1"), written);
		assertEquals(List.of(1), row.scores());
		assertEquals("Russia", row.section());
	}

	@Test
	void textFilterIgnoresCaseAndLooksAtDescriptionAndDate() {
		List<CatalogueRow> calls = model.visible(CatalogueFilter.ANY.withText("telephone CONVERSATION"), null, true);
		assertFalse(calls.isEmpty());
		assertTrue(calls.stream().allMatch(r -> r.description().toLowerCase().contains("telephone conversation")));
		List<CatalogueRow> early = model.visible(CatalogueFilter.ANY.withText("Early December"), null, true);
		assertTrue(early.stream().allMatch(r -> r.date().equals("Early December")) && !early.isEmpty());
	}

	@Test
	void sectionPeriodAndScoreFiltersCombine() {
		CatalogueFilter filter = CatalogueFilter.ANY.withSection("Russia").withPeriod("November–December 2020").withScore(2);
		List<CatalogueRow> rows = model.visible(filter, null, true);
		long expected = Examples.section(Examples.issue(issues, 18), "Russia").getEvents().stream().filter(e -> e.getScore() == 2).count();
		assertEquals(expected, rows.size());
		assertTrue(expected > 0);
		List<CatalogueRow> security = model.visible(CatalogueFilter.ANY.withSection("Security").withScore(-2), null, true);
		assertTrue(security.stream().allMatch(r -> r.scores().contains(-2)) && !security.isEmpty(),
				"a security event matches on either of its scores");
	}

	@Test
	void everyColumnSortsBothWays() {
		for (CatalogueColumn column : CatalogueColumn.values()) {
			List<CatalogueRow> up = model.visible(CatalogueFilter.ANY, column, true);
			List<CatalogueRow> down = model.visible(CatalogueFilter.ANY, column, false);
			for (int i = 1; i < up.size(); i++) {
				assertTrue(column.order().compare(up.get(i - 1), up.get(i)) <= 0, column + " ascending at " + i);
				assertTrue(column.order().compare(down.get(i - 1), down.get(i)) >= 0, column + " descending at " + i);
			}
		}
		List<CatalogueRow> byScore = model.visible(CatalogueFilter.ANY.withSection("EU"), CatalogueColumn.SCORE, true);
		assertEquals(-4, byScore.get(0).scores().get(0));
	}

	@Test
	void similarEventsAreThoseOfOtherIssuesScoredAsTheyWere() {
		CatalogueRow russia15 = only(model.visible(CatalogueFilter.ANY.withText("15 exercises of Russia"), null, true));
		List<CatalogueModel.Similar> similar = model.similarTo(russia15);
		CatalogueModel.Similar first = similar.get(0);
		assertEquals("22 exercises of Russia", first.row().description(), "issue 17's count of Russian exercises");
		assertEquals(1.0, first.similarity(), 1e-9);
		assertEquals(List.of(0, -2), first.row().scores());
		assertTrue(similar.stream().allMatch(s -> s.row().issueNumber() == 17), "only other issues");
	}

	private static CatalogueRow only(List<CatalogueRow> rows) {
		assertEquals(1, rows.size(), rows.toString());
		return rows.get(0);
	}
}
