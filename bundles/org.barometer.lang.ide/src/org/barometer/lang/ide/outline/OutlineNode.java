package org.barometer.lang.ide.outline;

import java.util.List;

/**
 * One entry of the outline of a Barometer file. {@code offset/length} cover the element's
 * whole text (for folding and for linking the editor's selection to the outline);
 * {@code selectionOffset/selectionLength} its significant part, e.g. a name or a date, which
 * the editor selects when the entry is chosen. {@code kind} is one of the constants below, for
 * the editor to pick an icon.
 */
public record OutlineNode(String label, String kind, int offset, int length, int selectionOffset, int selectionLength,
		List<OutlineNode> children) {

	public static final String ISSUE = "issue";
	public static final String RELATIONSHIP_SECTION = "relationshipSection";
	public static final String SECURITY_SECTION = "securitySection";
	public static final String EVENT = "event";
	/** A section's trends, developments and forecast together, under one node so that its events stay in view. */
	public static final String TEXT = "text";
	/** The letter, a trend, a development or a forecast: its opening words, plain, as printed. */
	public static final String NARRATIVE = "narrative";
	public static final String PROFILE = "profile";
	public static final String RELATIONSHIP = "relationship";
	public static final String SCALE = "scale";
	public static final String BAND = "band";

	public OutlineNode {
		children = List.copyOf(children);
	}
}
