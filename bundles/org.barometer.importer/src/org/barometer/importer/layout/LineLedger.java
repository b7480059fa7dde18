package org.barometer.importer.layout;

import java.util.List;

import org.barometer.importer.source.SourceLine;

/**
 * Where each line of a source went: placed in the issue, set aside as page furniture, or
 * not yet accounted for. Readers claim lines as they use them, so a line is used once, and
 * whatever no reader claimed is reported as unplaced.
 */
public final class LineLedger {

	private final List<SourceLine> lines;
	private final String[] placedAs;
	private final FurnitureKind[] furniture;

	public LineLedger(List<SourceLine> lines) {
		this.lines = lines;
		this.placedAs = new String[lines.size()];
		this.furniture = new FurnitureKind[lines.size()];
	}

	public List<SourceLine> lines() {
		return lines;
	}

	public int size() {
		return lines.size();
	}

	public SourceLine line(int index) {
		return lines.get(index);
	}

	/** The line's text without the spaces around it. */
	public String text(int index) {
		return lines.get(index).text().strip();
	}

	public boolean isBlank(int index) {
		return lines.get(index).isBlank();
	}

	/** Whether a reader or the furniture detection has taken the line. */
	public boolean isClaimed(int index) {
		return placedAs[index] != null || furniture[index] != null;
	}

	public boolean isFurniture(int index) {
		return furniture[index] != null;
	}

	/** A line still free for a reader: neither blank nor claimed. */
	public boolean isFree(int index) {
		return !isClaimed(index) && !isBlank(index);
	}

	/** @param what the part of the issue the line went into, e.g. "catalogue row" */
	public void place(int index, String what) {
		if (!isClaimed(index)) {
			placedAs[index] = what;
		}
	}

	/** Gives a placed line back, when what it was read as turns out to have no place. */
	public void release(int index) {
		placedAs[index] = null;
	}

	public void furniture(int index, FurnitureKind kind) {
		if (!isClaimed(index)) {
			furniture[index] = kind;
		}
	}

	public String placedAs(int index) {
		return placedAs[index];
	}

	public FurnitureKind furnitureKind(int index) {
		return furniture[index];
	}

	/** Whether furniture (a page break's running heads, a chart label) lies strictly between two lines. */
	public boolean furnitureBetween(int first, int second) {
		for (int i = first + 1; i < second; i++) {
			if (furniture[i] != null) {
				return true;
			}
		}
		return false;
	}
}
