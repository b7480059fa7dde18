package org.barometer.studio.shell;

import java.util.Set;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuListener;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The issue editor's right-click menu holds what a writer uses: Undo, Revert, Save, Cut, Copy,
 * Paste, Quick Fix, Format, Export. The text editor adds programmer's entries in code (Shift
 * Right/Left, Open With, Show In, Source, Find References, the editor's Preferences), where no
 * activity reaches them: this listener, run after everyone has filled the menu, keeps only the
 * studio's own list.
 */
final class EditorContextMenu implements IMenuListener {

	/** The commands the menu keeps, in whichever order the editor adds them. */
	static final Set<String> KEPT_COMMANDS = Set.of(
			"org.eclipse.ui.edit.undo",
			"org.eclipse.ui.edit.redo",
			"org.eclipse.ui.file.revert",
			"org.eclipse.ui.file.save",
			"org.eclipse.ui.edit.cut",
			"org.eclipse.ui.edit.copy",
			"org.eclipse.ui.edit.paste",
			"org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals", // Quick Fix (Ctrl+1)
			"org.barometer.editor.format",
			"org.barometer.studio.exportIssues");

	private static final String INSTALLED = EditorContextMenu.class.getName();

	/** Installs the trimming on every text editor's context menu as the editor opens. */
	static final IPartListener2 INSTALLER = new IPartListener2() {
		@Override
		public void partOpened(IWorkbenchPartReference reference) {
			install(reference.getPart(false));
		}

		@Override
		public void partVisible(IWorkbenchPartReference reference) {
			install(reference.getPart(false)); // an editor restored as a tab is created when first shown
		}
	};

	private EditorContextMenu() {
	}

	static void install(IWorkbenchPart part) {
		if (!(part instanceof ITextEditor editor)) {
			return;
		}
		Control text = editor.getAdapter(Control.class);
		Menu menu = text == null ? null : text.getMenu();
		if (menu == null || menu.isDisposed() || menu.getData(INSTALLED) != null
				|| !(menu.getData(MenuManager.MANAGER_KEY) instanceof MenuManager manager)) {
			return;
		}
		menu.setData(INSTALLED, Boolean.TRUE);
		manager.addMenuListener(new EditorContextMenu());
	}

	@Override
	public void menuAboutToShow(IMenuManager manager) {
		for (IContributionItem item : manager.getItems()) {
			String command = commandOf(item);
			if (!item.isSeparator() && !item.isGroupMarker() && (command == null || !KEPT_COMMANDS.contains(command))) {
				manager.remove(item);
			}
		}
	}

	private static String commandOf(IContributionItem item) {
		if (item instanceof ActionContributionItem action) {
			return action.getAction().getActionDefinitionId();
		}
		if (item instanceof CommandContributionItem command) {
			return command.getCommand().getId();
		}
		return item.getId(); // a submenu (Open With, Show In, Source) or another kind: by its own id
	}
}
