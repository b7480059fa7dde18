package org.barometer.importer.layout;

/** What a line that belongs to no part of the issue is: the page's furniture, named as an editor would. */
public enum FurnitureKind {
	RUNNING_HEAD("running head"),
	PAGE_NUMBER("page number"),
	MASTHEAD("masthead"),
	TABLE_OF_CONTENTS("table of contents"),
	INDEX_SUMMARY("index summary (figures the sections state)"),
	REPEATED_HEADING("heading printed twice"),
	CHART_LABEL("chart label"),
	FOOTNOTE_LINK("footnote link"),
	REPEATED_TABLE_HEADER("repeated table header");

	private final String label;

	FurnitureKind(String label) {
		this.label = label;
	}

	/** The kind in the report's words. */
	public String label() {
		return label;
	}
}
