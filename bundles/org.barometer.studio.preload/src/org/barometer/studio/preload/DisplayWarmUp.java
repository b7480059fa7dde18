package org.barometer.studio.preload;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;

/**
 * The first of each kind of widget costs GTK and SWT a start of their own (GTK's widget classes
 * and styles, the fonts' loading and shaping, the accessibility library). Made once in a hidden
 * shell while the framework still starts its bundles, they cost the workbench's window nothing
 * later. Nothing is shown; everything made here is disposed.
 */
final class DisplayWarmUp {

	private DisplayWarmUp() {
	}

	static void warm(Display display) {
		Shell shell = new Shell(display);
		try {
			shell.setLayout(new FillLayout());
			Composite parts = new Composite(shell, SWT.NONE);
			parts.setLayout(new FillLayout(SWT.VERTICAL));
			Image icon = new Image(display, (gc, width, height) -> gc.fillRectangle(0, 0, width, height), 16, 16);
			CTabFolder tabs = new CTabFolder(parts, SWT.BORDER);
			StyledText text = new StyledText(tabs, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
			text.setText("issue 1 of Warm\nperiod January-February 2020\n");
			for (String name : new String[] { "Older issue", "Issue" }) {
				CTabItem item = new CTabItem(tabs, SWT.CLOSE);
				item.setText(name);
				item.setImage(icon);
				item.setControl(text);
			}
			tabs.setSelection(1);
			new Label(parts, SWT.NONE).setText("Relationship"); // a label before a control: its accessible relation
			new Table(parts, SWT.BORDER | SWT.FULL_SELECTION).setHeaderVisible(true);
			new Tree(parts, SWT.BORDER).setHeaderVisible(true);
			ToolBar bar = new ToolBar(parts, SWT.FLAT);
			new ToolItem(bar, SWT.PUSH).setImage(icon);
			shell.setSize(400, 600);
			shell.layout(true, true);
			// drawn off screen, as the window will be drawn: GTK's and the paint listeners' first paint
			Image canvas = new Image(display, 400, 600);
			GC gc = new GC(canvas);
			try {
				shell.print(gc);
				gc.drawImage(icon, 0, 0, 16, 16, 0, 0, 12, 12);
			} finally {
				gc.dispose();
				canvas.dispose();
				icon.dispose();
			}
		} finally {
			shell.dispose();
		}
	}
}
