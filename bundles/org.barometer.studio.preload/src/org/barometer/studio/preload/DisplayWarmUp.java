package org.barometer.studio.preload;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Resource;
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
 * and styles, the accessibility library, SWT's classes), and the first text and image drawn the
 * fonts' loading and the graphics' code. Made once in a shell that is never shown, and drawn into
 * an image, while the framework still starts its bundles, they cost the workbench's window less
 * later. Everything made here is disposed; a failure goes to the log, never to the terminal, and
 * costs the start nothing else.
 * (Widgets that are not shown cannot be drawn: GTK draws only what is on screen.)
 */
final class DisplayWarmUp {

	private DisplayWarmUp() {
	}

	static void warm(Display display, Consumer<Throwable> failed) {
		Image icon = null;
		Image canvas = null;
		Shell shell = null;
		try {
			icon = new Image(display, (gc, width, height) -> gc.fillRectangle(0, 0, width, height), 16, 16);
			shell = new Shell(display);
			makeWidgets(shell, icon);
			canvas = new Image(display, 64, 16);
			GC gc = new GC(canvas);
			try {
				gc.drawImage(icon, 0, 0, 16, 16, 0, 0, 12, 12);
				gc.drawText("Warm", 16, 0);
			} finally {
				gc.dispose();
			}
		} catch (RuntimeException | SWTError | LinkageError e) {
			failed.accept(e);
		} finally {
			for (Resource resource : new Resource[] { canvas, icon }) {
				if (resource != null) {
					resource.dispose();
				}
			}
			if (shell != null) {
				shell.dispose();
			}
		}
	}

	private static void makeWidgets(Shell shell, Image icon) {
		shell.setLayout(new FillLayout());
		Composite parts = new Composite(shell, SWT.NONE);
		parts.setLayout(new FillLayout(SWT.VERTICAL));
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
	}
}
