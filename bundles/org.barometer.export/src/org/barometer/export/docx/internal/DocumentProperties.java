package org.barometer.export.docx.internal;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The title and author a file manager or Word's Info pane shows, instead of the template's. */
public final class DocumentProperties {

	private DocumentProperties() {
	}

	public static void set(XWPFDocument document, String title) {
		POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
		core.setTitle(title);
		core.setCreator("Barometer Studio");
		document.getProperties().getExtendedProperties().setApplication("Barometer Studio");
	}
}
