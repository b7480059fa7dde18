package org.barometer.importer.pdf;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * How much drawing a page may hold once unpacked. A PDF's content streams are compressed, and
 * a few kilobytes can unpack to gigabytes (a "PDF bomb"): PDFBox would unpack them a piece at
 * a time, in little memory but for minutes. Counting the unpacked bytes up to the limit first
 * stops such a page in a fraction of a second; real pages hold well under a megabyte.
 */
final class ContentBudget {

	static final int MAX_PAGE_MEGABYTES = 32;

	private static final long LIMIT = (long) MAX_PAGE_MEGABYTES * 1024 * 1024;

	private long used;

	/** Starts counting for a new page. */
	void newPage() {
		used = 0;
	}

	/** Counts a stream the page draws, unpacked; fails once the page's drawing exceeds the limit. */
	void spend(PDStream stream) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = stream.createInputStream()) {
			for (int n; (n = in.read(buffer)) > 0;) {
				used += n;
				if (used > LIMIT) {
					throw new PageTooLargeException();
				}
			}
		}
	}

	/** A page whose drawing exceeds {@link ContentBudget#MAX_PAGE_MEGABYTES}. */
	static final class PageTooLargeException extends IOException {
		private static final long serialVersionUID = 1L;

		PageTooLargeException() {
			super("page content over " + MAX_PAGE_MEGABYTES + " MB");
		}
	}
}
