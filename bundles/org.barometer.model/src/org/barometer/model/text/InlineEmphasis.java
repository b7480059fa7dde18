package org.barometer.model.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Bold ({@code **…**}) and italic ({@code *…*}) inside one paragraph or list item. A star
 * opens emphasis when a non-blank follows it and closes it when a non-blank precedes it; a
 * star that matches nothing is printed as it is (a footnote's "5*"), never an error. Bold may
 * hold italic and italic bold, but emphasis does not nest in itself, and a closing star must
 * close the innermost emphasis open.
 */
final class InlineEmphasis {

	/** Text printed one way; offsets into the paragraph. */
	record Piece(int start, int end, boolean bold, boolean italic) {
	}

	/** Stars that open or close emphasis; offsets into the paragraph. */
	record Marker(int start, int end, boolean bold, boolean opens) {
	}

	record Result(List<Piece> pieces, List<Marker> markers) {
	}

	private InlineEmphasis() {
	}

	static Result parse(CharSequence text) {
		List<Marker> markers = match(text);
		markers.sort(Comparator.comparingInt(Marker::start));
		List<Piece> pieces = new ArrayList<>();
		int position = 0;
		boolean bold = false;
		boolean italic = false;
		for (Marker marker : markers) {
			if (marker.start() > position) {
				pieces.add(new Piece(position, marker.start(), bold, italic));
			}
			if (marker.bold()) {
				bold = marker.opens();
			} else {
				italic = marker.opens();
			}
			position = marker.end();
		}
		if (position < text.length()) {
			pieces.add(new Piece(position, text.length(), bold, italic));
		}
		return new Result(pieces, markers);
	}

	/** The stars that are emphasis, in opening/closing pairs; every other star is text. */
	private static List<Marker> match(CharSequence text) {
		List<Marker> matched = new ArrayList<>();
		Deque<Marker> open = new ArrayDeque<>();
		int n = text.length();
		for (int i = 0; i < n;) {
			if (text.charAt(i) != '*') {
				i++;
				continue;
			}
			int end = i;
			while (end < n && text.charAt(end) == '*') {
				end++;
			}
			int stars = end - i;
			boolean canOpen = end < n && !Character.isWhitespace(text.charAt(end));
			boolean canClose = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
			if (stars <= 3 && !(canClose && close(i, stars, open, matched)) && canOpen) {
				open(i, stars, open);
			}
			i = end;
		}
		return matched;
	}

	/** Closes the innermost emphasis (both, for three stars) if the stars are its kind. */
	private static boolean close(int at, int stars, Deque<Marker> open, List<Marker> matched) {
		Marker inner = open.peek();
		if (inner == null) {
			return false;
		}
		int innerStars = inner.end() - inner.start();
		if (stars == innerStars) {
			matched.add(open.pop());
			matched.add(new Marker(at, at + stars, inner.bold(), false));
			return true;
		}
		if (stars == 3 && open.size() >= 2) {
			matched.add(open.pop());
			Marker outer = open.pop();
			matched.add(outer);
			matched.add(new Marker(at, at + innerStars, inner.bold(), false));
			matched.add(new Marker(at + innerStars, at + 3, outer.bold(), false));
			return true;
		}
		return false;
	}

	/** Opens emphasis unless the same kind is open already (three stars: bold, then italic inside). */
	private static void open(int at, int stars, Deque<Marker> open) {
		boolean boldOpen = open.stream().anyMatch(Marker::bold);
		boolean italicOpen = open.stream().anyMatch(m -> !m.bold());
		if (stars == 1 && !italicOpen) {
			open.push(new Marker(at, at + 1, false, true));
		} else if (stars == 2 && !boldOpen) {
			open.push(new Marker(at, at + 2, true, true));
		} else if (stars == 3 && !boldOpen && !italicOpen) {
			open.push(new Marker(at, at + 2, true, true));
			open.push(new Marker(at + 2, at + 3, false, true));
		}
	}
}
