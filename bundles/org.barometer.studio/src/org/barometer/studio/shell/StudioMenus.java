package org.barometer.studio.shell;

import java.util.Map;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The studio's menus and toolbar, in an editor's words: File, Edit, Issue, View, Help. The menus
 * carry the studio's own ids, not the IDE's ("file", "edit", "navigate"...), so that the platform's
 * programmer-oriented contributions, which look for the IDE's menus, find none to join.
 */
class StudioMenus extends ActionBarAdvisor {

	static final String FILE = "org.barometer.studio.menu.file";
	static final String EDIT = "org.barometer.studio.menu.edit";
	static final String ISSUE = "org.barometer.studio.menu.issue";
	static final String VIEW = "org.barometer.studio.menu.view";
	static final String HELP = "org.barometer.studio.menu.help";
	static final String TOOLBAR = "org.barometer.studio.toolbar";
	/** Where File › Import goes. */
	static final String IMPORT_GROUP = "import";
	static final String IMPORT_MENU = "org.barometer.studio.menu.file.import";

	static final String SHOW_VIEW = "org.eclipse.ui.views.showView";
	static final String SHOW_VIEW_ID = "org.eclipse.ui.views.showView.viewId";

	private IWorkbenchAction save;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction find;
	private IWorkbenchAction about;

	StudioMenus(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = register(ActionFactory.SAVE.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		cut = register(ActionFactory.CUT.create(window));
		copy = register(ActionFactory.COPY.create(window));
		paste = register(ActionFactory.PASTE.create(window));
		selectAll = register(ActionFactory.SELECT_ALL.create(window));
		find = register(ActionFactory.FIND.create(window));
		about = register(ActionFactory.ABOUT.create(window));
		find.setText("&Find and Replace...");
		about.setText("&About Barometer Studio");
	}

	private <A extends IWorkbenchAction> A register(A action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		menuBar.add(fileMenu(window));
		menuBar.add(editMenu(window));
		menuBar.add(issueMenu(window));
		menuBar.add(viewMenu(window));
		menuBar.add(helpMenu(window));
	}

	private MenuManager fileMenu(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager("&File", FILE);
		menu.add(command(window, StudioCommands.NEW_ISSUE, "&New Issue...", null));
		menu.add(command(window, StudioCommands.NEW_PUBLICATION, "New &Publication...", null));
		menu.add(command(window, StudioCommands.OPEN_PUBLICATION, "&Open Publication Folder...", null));
		menu.add(new Separator());
		menu.add(save);
		menu.add(new Separator(IMPORT_GROUP));
		MenuManager importMenu = new MenuManager("&Import", IMPORT_MENU);
		importMenu.add(command(window, StudioCommands.IMPORT, "&Published Issues...", null));
		menu.add(importMenu);
		menu.add(command(window, StudioCommands.EXPORT, "&Export...", null));
		menu.add(new Separator());
		menu.add(quit);
		return menu;
	}

	private MenuManager editMenu(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager("&Edit", EDIT);
		menu.add(undo);
		menu.add(redo);
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(selectAll);
		menu.add(new Separator());
		menu.add(find);
		menu.add(new Separator());
		menu.add(command(window, StudioCommands.PREFERENCES, "Pre&ferences...", null));
		return menu;
	}

	private MenuManager issueMenu(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager("&Issue", ISSUE);
		menu.add(command(window, StudioCommands.FORMAT, "&Format", null));
		menu.add(new Separator());
		menu.add(command(window, StudioCommands.NEXT_PROBLEM, "Ne&xt Problem", null));
		menu.add(command(window, StudioCommands.PREVIOUS_PROBLEM, "Pre&vious Problem", null));
		menu.add(command(window, StudioCommands.QUICK_FIX, "&Quick Fix", null));
		menu.add(new Separator());
		menu.add(command(window, StudioCommands.VALIDATE, "&Validate Publication", null));
		return menu;
	}

	private MenuManager viewMenu(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager("&View", VIEW);
		StudioViews.ALL.forEach((id, name) -> menu.add(showView(window, id, name)));
		menu.add(new Separator());
		menu.add(command(window, StudioCommands.RESET_LAYOUT, "&Reset Layout", null));
		return menu;
	}

	private MenuManager helpMenu(IWorkbenchWindow window) {
		MenuManager menu = new MenuManager("&Help", HELP);
		menu.add(command(window, StudioCommands.GUIDE, "&Writing an Issue", null));
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		menu.add(new Separator());
		menu.add(about);
		return menu;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		IToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		toolBar.add(command(window, StudioCommands.NEW_ISSUE, "New Issue", StudioIcons.NEW_ISSUE));
		toolBar.add(save);
		toolBar.add(command(window, StudioCommands.VALIDATE, "Validate", StudioIcons.VALIDATE));
		toolBar.add(command(window, StudioCommands.EXPORT, "Export", StudioIcons.EXPORT));
		coolBar.add(new ToolBarContributionItem(toolBar, TOOLBAR));
	}

	private static IContributionItem command(IWorkbenchWindow window, String commandId, String label, String icon) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(window, null, commandId,
				CommandContributionItem.STYLE_PUSH);
		parameter.label = label;
		if (icon != null) {
			parameter.icon = StudioIcons.descriptor(icon);
			parameter.tooltip = label;
			parameter.mode = CommandContributionItem.MODE_FORCE_TEXT;
		}
		return new CommandContributionItem(parameter);
	}

	private static IContributionItem showView(IWorkbenchWindow window, String viewId, String name) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(window, null, SHOW_VIEW,
				CommandContributionItem.STYLE_PUSH);
		parameter.label = name;
		parameter.parameters = Map.of(SHOW_VIEW_ID, viewId);
		return new CommandContributionItem(parameter);
	}
}
