package org.barometer.views.model;

/**
 * A band of the colour scale as the views show it.
 *
 * @param lowest  smallest value inside the band, null when unbounded below
 * @param highest largest value inside the band, null when unbounded above
 * @param colour  #RRGGBB, or null when the profile gives none
 */
public record BandView(String name, String colour, String interpretation, String rangeText, Integer lowest, Integer highest) {

	/** The colour as red, green, blue; grey when the profile's colour is missing or unreadable. */
	public int[] rgb() {
		if (colour != null && colour.matches("#[0-9A-Fa-f]{6}")) {
			int value = Integer.parseInt(colour.substring(1), 16);
			return new int[] { value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF };
		}
		return new int[] { 0xC0, 0xC0, 0xC0 };
	}
}
