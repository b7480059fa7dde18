package org.barometer.export;

import java.util.Locale;

import org.barometer.model.Band;

/** A band's colour as the file formats want it: six hex digits for Word, three bytes for Excel. */
public final class BandColour {

	private BandColour() {
	}

	/** "FFFF00" from "#FFFF00"; null when the band has no colour that is six hex digits. */
	public static String hex(Band band) {
		if (band == null || band.getColour() == null) {
			return null;
		}
		String colour = band.getColour();
		String hex = colour.startsWith("#") ? colour.substring(1) : colour;
		return hex.matches("[0-9A-Fa-f]{6}") ? hex.toUpperCase(Locale.ROOT) : null;
	}

	/** Red, green and blue of {@link #hex}; null likewise. */
	public static byte[] rgb(Band band) {
		String hex = hex(band);
		if (hex == null) {
			return null;
		}
		return new byte[] { (byte) Integer.parseInt(hex.substring(0, 2), 16), (byte) Integer.parseInt(hex.substring(2, 4), 16),
				(byte) Integer.parseInt(hex.substring(4, 6), 16) };
	}
}
