package org.barometer.studio.tests;

import static org.barometer.workbench.testing.UiThread.display;
import static org.barometer.workbench.testing.UiThread.run;
import static org.barometer.workbench.testing.UiThread.sleep;
import static org.barometer.workbench.testing.UiThread.ui;
import static org.barometer.workbench.testing.UiThread.waitUntil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * What the user of an open editor does, done the way the workbench does it for them: a key
 * runs the command bound to it through the handler service, the pointer rests on a word, a
 * popup's proposal is chosen. Call off the UI thread.
 */
final class EditorUser {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private EditorUser() {
	}

	static IWorkbenchPage page() {
		return ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
	}

	/** Makes the part the active one, as a click into it does: commands then go to its handlers. */
	static void activate(IWorkbenchPart part) {
		run(() -> {
			part.getSite().getPage().activate(part);
			part.setFocus();
		});
	}

	/** The editor's text viewer (the generic editor's is a projection viewer). */
	static ProjectionViewer viewer(ITextEditor editor) {
		return ui(() -> (ProjectionViewer) editor.getAdapter(ITextOperationTarget.class));
	}

	static int caret(ITextEditor editor) {
		return ui(() -> ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset());
	}

	/** The command the key sequence (e.g. CTRL+SHIFT+F) runs in the active contexts, or null when none or several. */
	static String commandBoundTo(String keys) {
		return ui(() -> {
			IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
			Binding binding = bindings.getPerfectMatch(KeySequence.getInstance(keys));
			return binding == null || binding.getParameterizedCommand() == null ? null
					: binding.getParameterizedCommand().getId();
		});
	}

	/** Runs the command as its key binding would: through the handler service, to the active part's handler. */
	static void execute(String commandId) {
		run(() -> handlers().executeCommand(commandId, null));
	}

	/**
	 * Runs the command later on the UI thread, for a command that opens a modal dialog and so
	 * does not return before the dialog is closed. A failure of the command is kept in the result.
	 */
	static AtomicReference<Throwable> executeLater(String commandId, Map<String, String> parameters) {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display().asyncExec(() -> {
			try {
				ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
				handlers().executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters), null);
			} catch (Exception | Error e) {
				failure.set(e);
			}
		});
		return failure;
	}

	private static IHandlerService handlers() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
	}

	/** The proposal table of the content assist or quick assist popup, once it is filled. */
	static Table proposalPopup() {
		AtomicReference<Table> found = new AtomicReference<>();
		waitUntil("a proposal popup", PATIENCE, () -> {
			for (Shell shell : display().getShells()) {
				if (shell.isVisible() && shell.getChildren().length > 0 && shell.getChildren()[0] instanceof Table table
						&& table.getItemCount() > 0 && Arrays.stream(table.getItems()).noneMatch(
								item -> item.getText().startsWith("Computing proposals"))) {
					found.set(table);
					return true;
				}
			}
			return false;
		});
		return found.get();
	}

	/** The labels of a proposal popup's entries. Call on the UI thread. */
	static List<String> labels(Table popup) {
		return Arrays.stream(popup.getItems()).map(item -> item.getText()).toList();
	}

	/** Chooses the entry as a double-click or Enter does. Call on the UI thread. */
	static void choose(Table popup, int index) {
		popup.setSelection(index);
		Event event = new Event();
		event.item = popup.getItem(index);
		popup.notifyListeners(SWT.DefaultSelection, event);
	}

	/**
	 * Rests the pointer on the character at the offset, as a person does, and returns the text of
	 * the hover the editor opens: the real pointer is moved there (the hover manager checks where
	 * it is before it shows anything) and the text widget gets the move and hover events the
	 * pointer's arrival and rest produce. When no hover shows (the workbench window's activation
	 * or the scroll reaching the hover manager late), the pointer leaves and comes back, as a
	 * person's would.
	 */
	static String hover(ITextEditor editor, int offset) {
		ProjectionViewer viewer = viewer(editor);
		Set<Shell> before = ui(() -> Set.of(display().getShells()));
		StyledText text = ui(viewer::getTextWidget);
		Point spot = ui(() -> {
			editor.selectAndReveal(offset, 0);
			int widgetOffset = ((ITextViewerExtension5) viewer).modelOffset2WidgetOffset(offset);
			Point location = text.getLocationAtOffset(widgetOffset);
			return new Point(location.x + 2, location.y + text.getLineHeight(widgetOffset) / 2);
		});
		Point away = new Point(spot.x, Math.max(0, spot.y - 5 * ui(text::getLineHeight)));
		run(() -> text.getShell().forceActive());
		waitUntil("the workbench window to be the active shell (the hover manager shows nothing otherwise)", PATIENCE,
				() -> display().getActiveShell() == text.getShell());
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			run(() -> pointerAt(text, away, false));
			sleep(300);
			run(() -> pointerAt(text, spot, true));
			for (int poll = 0; poll < 100; poll++) {
				String shown = ui(() -> {
					for (Shell shell : display().getShells()) {
						if (!shell.isDisposed() && shell.isVisible() && !before.contains(shell) && !texts(shell).isBlank()) {
							return texts(shell);
						}
					}
					return null;
				});
				if (shown != null) {
					return shown;
				}
				sleep(50);
			}
		}
		throw new AssertionError("No hover over the text at offset " + offset + " within " + PATIENCE.toSeconds() + " s");
	}

	/** Moves the real pointer onto the point of the text widget, with the move event it makes, and the hover event of its rest. */
	private static void pointerAt(StyledText text, Point point, boolean rest) {
		display().setCursorLocation(text.toDisplay(point));
		Event move = new Event();
		move.x = point.x;
		move.y = point.y;
		text.notifyListeners(SWT.MouseMove, move);
		if (rest) {
			Event hover = new Event();
			hover.x = point.x;
			hover.y = point.y;
			text.notifyListeners(SWT.MouseHover, hover);
		}
	}

	/** Every text a window shows in its labels, links and text fields, one per line. Call on the UI thread. */
	static String texts(Composite parent) {
		List<String> texts = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				texts.add(label.getText());
			} else if (child instanceof Link link) {
				texts.add(link.getText());
			} else if (child instanceof StyledText styled) {
				texts.add(styled.getText());
			} else if (child instanceof Text field) {
				texts.add(field.getText());
			}
			if (child instanceof Composite composite) {
				texts.add(texts(composite));
			}
		}
		return String.join("\n", texts.stream().filter(t -> !t.isBlank()).toList());
	}
}
