package org.barometer.editor.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Barometer: the reconcile delay and the profile new projects start with (a new issue takes its predecessor's). */
public class BarometerPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public BarometerPreferencePage() {
		super(GRID);
		setDescription("How the Barometer editor checks what you type, and which profile a new project starts with.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(EditorPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor delay = new IntegerFieldEditor(EditorPreferences.RECONCILE_DELAY,
				"&Validate after a pause in typing of (ms):", getFieldEditorParent());
		delay.setValidRange(50, 5000);
		addField(delay);
		addField(new StringFieldEditor(EditorPreferences.DEFAULT_PROFILE, "Default &profile for new projects:",
				getFieldEditorParent()));
	}
}
