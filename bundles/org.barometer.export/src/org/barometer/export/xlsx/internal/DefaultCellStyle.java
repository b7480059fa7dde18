package org.barometer.export.xlsx.internal;

import javax.xml.namespace.QName;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

/**
 * Names the workbook's base cell format "Normal", as Excel does. POI writes the format but no
 * cellStyles list, and other readers then warn "Workbook contains no default style". Written
 * as XML: the trimmed schema classes POI ships lack the typed ones, and POI keeps the part's
 * elements it does not manage when it saves (the other elements are placed in schema order).
 */
public final class DefaultCellStyle {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private DefaultCellStyle() {
	}

	public static void addTo(XSSFWorkbook workbook) {
		CTStylesheet stylesheet = workbook.getStylesSource().getCTStylesheet();
		try (XmlCursor cursor = stylesheet.newCursor()) {
			if (cursor.toChild(new QName(MAIN, "cellStyles"))) {
				return;
			}
		}
		try (XmlCursor cursor = stylesheet.newCursor()) {
			// after cellXfs if POI has written it, else at the end: what POI adds on saving goes in schema order
			if (cursor.toChild(new QName(MAIN, "cellXfs"))) {
				cursor.toEndToken();
				cursor.toNextToken();
			} else {
				cursor.toEndToken();
			}
			cursor.beginElement(new QName(MAIN, "cellStyles"));
			cursor.insertAttributeWithValue("count", "1");
			cursor.beginElement(new QName(MAIN, "cellStyle"));
			cursor.insertAttributeWithValue("name", "Normal");
			cursor.insertAttributeWithValue("xfId", "0");
			cursor.insertAttributeWithValue("builtinId", "0");
		}
	}
}
