package org.barometer.studio.shell;

/** The commands the studio's menus offer: its own, and the platform's it gives an editor's name. */
final class StudioCommands {

	static final String NEW_ISSUE = "org.barometer.studio.newIssue";
	static final String NEW_PUBLICATION = "org.barometer.studio.newPublication";
	static final String OPEN_PUBLICATION = "org.barometer.studio.openPublication";
	static final String EXPORT = "org.barometer.studio.exportIssues";
	static final String IMPORT = "org.barometer.studio.importIssues";
	static final String PREFERENCES = "org.barometer.studio.preferences";
	static final String FORMAT = "org.barometer.editor.format";
	static final String NEXT_PROBLEM = "org.barometer.studio.nextProblem";
	static final String PREVIOUS_PROBLEM = "org.barometer.studio.previousProblem";
	static final String QUICK_FIX = "org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals";
	static final String VALIDATE = "org.barometer.studio.validatePublication";
	static final String RESET_LAYOUT = "org.barometer.studio.resetLayout";
	static final String GUIDE = "org.barometer.studio.showGuide";

	private StudioCommands() {
	}
}
