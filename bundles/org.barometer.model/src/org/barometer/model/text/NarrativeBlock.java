package org.barometer.model.text;

import java.util.List;

/** One block of a narrative as printed: a paragraph or a list. */
public sealed interface NarrativeBlock permits NarrativeBlock.Paragraph, NarrativeBlock.ItemList {

	/** A paragraph: its lines joined by spaces, emphasis as runs. */
	record Paragraph(List<TextRun> runs) implements NarrativeBlock {
		public Paragraph {
			runs = List.copyOf(runs);
		}

		public String plainText() {
			return TextRun.plainText(runs);
		}
	}

	/** Consecutive items of one kind: a bullet list or a numbered list. */
	record ItemList(ListKind kind, List<ListItem> items) implements NarrativeBlock {
		public ItemList {
			items = List.copyOf(items);
		}

		/** The number a numbered list starts with, as the analyst wrote it on its first item; 1 for bullets. */
		public int start() {
			return kind == ListKind.NUMBERED && !items.isEmpty() ? items.get(0).number() : 1;
		}
	}

	/** A list item; {@code number} is the number written before a numbered item, 0 for a bullet. */
	record ListItem(int number, List<TextRun> runs) {
		public ListItem {
			runs = List.copyOf(runs);
		}

		public String plainText() {
			return TextRun.plainText(runs);
		}
	}

	enum ListKind {
		/** Items written "- " or "• ". */
		BULLET,
		/** Items written "1. ", "2. " … */
		NUMBERED
	}
}
