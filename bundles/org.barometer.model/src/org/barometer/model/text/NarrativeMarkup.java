package org.barometer.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.model.text.NarrativeBlock.ItemList;
import org.barometer.model.text.NarrativeBlock.ListItem;
import org.barometer.model.text.NarrativeBlock.ListKind;
import org.barometer.model.text.NarrativeBlock.Paragraph;

/**
 * The markup of narrative text (the letter, trends, developments, forecasts), read the same
 * way by every consumer: the Word export, the editor, the outline and hover, the importers.
 * <ul>
 * <li>a blank line ends a paragraph; the single line breaks inside one are only wrapping;
 * <li>a line starting with {@code "- "} or {@code "• "} is a bullet item, one starting with
 * {@code "1. "}, {@code "2. "} … a numbered item; an item runs until the next item or a blank
 * line; consecutive items of one kind form one list, even with blank lines between them;
 * <li>{@code **bold**} and {@code *italic*} inline (see {@link InlineEmphasis}); an unmatched
 * star is text.
 * </ul>
 * Nothing is ever an error: any text reads as paragraphs and lists.
 */
public final class NarrativeMarkup {

	/** A bullet or a number of up to three digits, then blanks, then the item's text. */
	private static final Pattern ITEM = Pattern.compile("(?:([-\u2022])|(\\d{1,3})\\.)[ \\t]+(?=\\S)");

	private NarrativeMarkup() {
	}

	/** The blocks of a narrative, as printed. */
	public static List<NarrativeBlock> parse(String narrative) {
		List<NarrativeBlock> blocks = new ArrayList<>();
		for (Block block : blocks(narrative)) {
			if (block.kind == null) {
				blocks.add(new Paragraph(block.items.get(0).runs(narrative)));
			} else {
				List<ListItem> items = new ArrayList<>();
				block.items.forEach(item -> items.add(new ListItem(item.number, item.runs(narrative))));
				blocks.add(new ItemList(block.kind, items));
			}
		}
		return blocks;
	}

	/**
	 * The narrative as plain text, markup removed: paragraphs separated by a blank line, each
	 * item on a line of its own after "• " or its number.
	 */
	public static String plainText(String narrative) {
		StringBuilder text = new StringBuilder();
		for (NarrativeBlock block : parse(narrative)) {
			if (!text.isEmpty()) {
				text.append("\n\n");
			}
			if (block instanceof Paragraph paragraph) {
				text.append(paragraph.plainText());
			} else if (block instanceof ItemList list) {
				for (int i = 0; i < list.items().size(); i++) {
					ListItem item = list.items().get(i);
					text.append(i == 0 ? "" : "\n").append(list.kind() == ListKind.BULLET ? "\u2022 " : item.number() + ". ")
							.append(item.plainText());
				}
			}
		}
		return text.toString();
	}

	/** The narrative on one line, markup removed: for labels and summaries. */
	public static String plainLine(String narrative) {
		return plainText(narrative).replaceAll("\\s+", " ").strip();
	}

	/** Where emphasis, its stars and list markers are in the text as written, in order. */
	public static List<MarkupSpan> spans(String text) {
		List<MarkupSpan> spans = new ArrayList<>();
		for (Block block : blocks(text)) {
			for (Item item : block.items) {
				if (item.markerLength > 0) {
					spans.add(new MarkupSpan(item.markerOffset, item.markerLength, MarkupSpan.Kind.LIST_MARKER));
				}
				item.spans(text, spans);
			}
		}
		return spans;
	}

	// ------------------------------------------------------------------ lines into blocks

	/** A paragraph (no kind, one item) or a list; its items as lines of the source. */
	private static final class Block {
		final ListKind kind;
		final List<Item> items = new ArrayList<>();
		/** A blank line came after the last item: only another item continues the list. */
		boolean blankSinceItem;

		Block(ListKind kind) {
			this.kind = kind;
		}
	}

	private static List<Block> blocks(String text) {
		List<Block> blocks = new ArrayList<>();
		if (text == null) {
			return blocks;
		}
		Block current = null;
		int n = text.length();
		for (int start = 0; start <= n;) {
			int newline = text.indexOf('\n', start);
			int end = newline < 0 ? n : newline;
			int from = start;
			while (from < end && Character.isWhitespace(text.charAt(from))) {
				from++;
			}
			int to = end;
			while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
				to--;
			}
			if (from == to) {
				if (current != null && current.kind == null) {
					current = null;
				} else if (current != null) {
					current.blankSinceItem = true;
				}
			} else {
				Matcher item = ITEM.matcher(text).region(from, to);
				if (item.lookingAt()) {
					ListKind kind = item.group(1) != null ? ListKind.BULLET : ListKind.NUMBERED;
					if (current == null || current.kind != kind) {
						current = new Block(kind);
						blocks.add(current);
					}
					int number = kind == ListKind.NUMBERED ? Integer.parseInt(item.group(2)) : 0;
					current.items.add(new Item(number, from, item.end() - from));
					current.items.get(current.items.size() - 1).lines.add(new int[] { item.end(), to });
					current.blankSinceItem = false;
				} else {
					if (current == null || current.kind != null && current.blankSinceItem) {
						current = new Block(null);
						current.items.add(new Item(0, from, 0));
						blocks.add(current);
					}
					current.items.get(current.items.size() - 1).lines.add(new int[] { from, to });
				}
			}
			start = end + 1;
		}
		return blocks;
	}

	// ------------------------------------------------------------------ an item's text

	/** A paragraph's or an item's lines, read as one text joined by spaces. */
	private static final class Item {
		final int number;
		final int markerOffset;
		final int markerLength;
		/** [start, end) of each line's text in the source, marker and outer blanks left out. */
		final List<int[]> lines = new ArrayList<>();

		Item(int number, int markerOffset, int markerLength) {
			this.number = number;
			this.markerOffset = markerOffset;
			this.markerLength = markerLength;
		}

		/** The joined text, and for each of its characters the offset it has in the source (-1: a joining space). */
		private Joined join(String source) {
			StringBuilder text = new StringBuilder();
			int length = lines.stream().mapToInt(l -> l[1] - l[0] + 1).sum();
			int[] offsets = new int[length];
			for (int[] line : lines) {
				if (!text.isEmpty()) {
					offsets[text.length()] = -1;
					text.append(' ');
				}
				for (int i = line[0]; i < line[1]; i++) {
					offsets[text.length()] = i;
					text.append(source.charAt(i));
				}
			}
			return new Joined(text.toString(), offsets);
		}

		List<TextRun> runs(String source) {
			Joined joined = join(source);
			List<TextRun> runs = new ArrayList<>();
			for (InlineEmphasis.Piece piece : InlineEmphasis.parse(joined.text).pieces()) {
				String text = joined.text.substring(piece.start(), piece.end());
				TextRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
				if (last != null && last.bold() == piece.bold() && last.italic() == piece.italic()) {
					runs.set(runs.size() - 1, new TextRun(last.text() + text, last.bold(), last.italic()));
				} else {
					runs.add(new TextRun(text, piece.bold(), piece.italic()));
				}
			}
			return runs;
		}

		void spans(String source, List<MarkupSpan> spans) {
			Joined joined = join(source);
			InlineEmphasis.Result result = InlineEmphasis.parse(joined.text);
			List<MarkupSpan> mine = new ArrayList<>();
			for (InlineEmphasis.Marker marker : result.markers()) {
				joined.addSpans(marker.start(), marker.end(), MarkupSpan.Kind.EMPHASIS_MARKER, mine);
			}
			for (InlineEmphasis.Piece piece : result.pieces()) {
				if (piece.bold() || piece.italic()) {
					MarkupSpan.Kind kind = piece.bold() && piece.italic() ? MarkupSpan.Kind.BOLD_ITALIC
							: piece.bold() ? MarkupSpan.Kind.BOLD : MarkupSpan.Kind.ITALIC;
					joined.addSpans(piece.start(), piece.end(), kind, mine);
				}
			}
			mine.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
			spans.addAll(mine);
		}
	}

	private record Joined(String text, int[] offsets) {
		/** A stretch of the joined text as spans of the source, one per line it lies on. */
		void addSpans(int start, int end, MarkupSpan.Kind kind, List<MarkupSpan> spans) {
			int spanStart = -1;
			int previous = -2;
			for (int i = start; i < end; i++) {
				int offset = offsets[i];
				if (offset < 0 || offset != previous + 1) {
					if (spanStart >= 0) {
						spans.add(new MarkupSpan(spanStart, previous + 1 - spanStart, kind));
					}
					spanStart = offset;
				}
				previous = offset;
			}
			if (spanStart >= 0 && previous >= spanStart) {
				spans.add(new MarkupSpan(spanStart, previous + 1 - spanStart, kind));
			}
		}
	}
}
