package org.barometer.importer;

import java.util.List;

/** The result of importing several sources: one ImportedIssue per readable source, in order, and those not read. */
public record ImportRun(List<ImportedIssue> issues, List<NotImported> notImported, boolean cancelled) {

	public ImportRun {
		issues = List.copyOf(issues);
		notImported = List.copyOf(notImported);
	}
}
