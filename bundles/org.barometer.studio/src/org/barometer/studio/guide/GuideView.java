package org.barometer.studio.guide;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** Help > Writing an Issue: the guide to the language, shipped with the studio. */
public class GuideView extends ViewPart {

	public static final String ID = "org.barometer.studio.guide";

	private StyledText text;

	@Override
	public void createPartControl(Composite parent) {
		text = new StyledText(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setMargins(12, 8, 12, 8);
		text.setText(guide());
	}

	static String guide() {
		try (InputStream in = GuideView.class.getResourceAsStream("/help/writing-an-issue.txt")) {
			return in == null ? "The guide is missing from this installation." : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "The guide could not be read: " + e.getMessage();
		}
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}
}
