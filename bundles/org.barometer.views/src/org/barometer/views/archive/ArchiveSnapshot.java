package org.barometer.views.archive;

import java.util.List;

import org.barometer.views.model.CatalogueRow;
import org.barometer.views.model.IssueIndices;

/**
 * The saved issues of the workspace's Barometer projects, read once after a build: plain
 * values, safe on any thread, never changed after publication.
 *
 * @param millis how long the refresh that made it took (reading the built issues' indices and rows, and putting them together)
 */
public record ArchiveSnapshot(List<IssueIndices> issues, List<CatalogueRow> rows, long millis) {

	public static final ArchiveSnapshot EMPTY = new ArchiveSnapshot(List.of(), List.of(), 0);
}
