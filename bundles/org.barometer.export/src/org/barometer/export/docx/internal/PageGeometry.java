package org.barometer.export.docx.internal;

import java.math.BigInteger;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A section's page setup read from its sectPr, in twips (1/1440 inch): how wide the text
 * is, which is what tables are sized to. Missing values are those of the bundled template
 * (A4, 2 cm margins).
 */
public final class PageGeometry {

	private static final long A4_WIDTH = 11906;
	private static final long A4_HEIGHT = 16838;
	private static final long MARGIN = 1134;

	private PageGeometry() {
	}

	/** Width between the left and right margins. */
	public static int textWidth(CTSectPr section) {
		CTPageSz size = section.getPgSz();
		CTPageMar margins = section.getPgMar();
		long width = size == null ? A4_WIDTH : twips(size.getW(), A4_WIDTH);
		long left = margins == null ? MARGIN : twips(margins.getLeft(), MARGIN);
		long right = margins == null ? MARGIN : twips(margins.getRight(), MARGIN);
		long gutter = margins == null ? 0 : twips(margins.getGutter(), 0);
		return (int) Math.max(1440, width - left - right - gutter);
	}

	/** A copy of the section turned to landscape: page width and height swapped, margins kept. */
	public static CTSectPr landscape(CTSectPr portrait) {
		CTSectPr landscape = (CTSectPr) portrait.copy();
		CTPageSz size = landscape.isSetPgSz() ? landscape.getPgSz() : landscape.addNewPgSz();
		long width = twips(size.getW(), A4_WIDTH);
		long height = twips(size.getH(), A4_HEIGHT);
		size.setW(BigInteger.valueOf(Math.max(width, height)));
		size.setH(BigInteger.valueOf(Math.min(width, height)));
		size.setOrient(STPageOrientation.LANDSCAPE);
		return landscape;
	}

	/** Twips from a measure that is a number of twips or, in newer files, a number with a unit (2cm, 72pt). */
	static long twips(Object measure, long fallback) {
		if (measure instanceof Number number) {
			return number.longValue();
		}
		if (measure instanceof String text && !text.isBlank()) {
			String t = text.strip();
			try {
				if (t.endsWith("mm")) {
					return Math.round(Double.parseDouble(t.substring(0, t.length() - 2)) * 1440 / 25.4);
				}
				if (t.endsWith("cm")) {
					return Math.round(Double.parseDouble(t.substring(0, t.length() - 2)) * 1440 / 2.54);
				}
				if (t.endsWith("in")) {
					return Math.round(Double.parseDouble(t.substring(0, t.length() - 2)) * 1440);
				}
				if (t.endsWith("pt")) {
					return Math.round(Double.parseDouble(t.substring(0, t.length() - 2)) * 20);
				}
				return Math.round(Double.parseDouble(t));
			} catch (NumberFormatException e) {
				return fallback;
			}
		}
		return fallback;
	}
}
