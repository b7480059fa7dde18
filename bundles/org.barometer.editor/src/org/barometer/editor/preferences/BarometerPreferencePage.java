package org.barometer.editor.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window > Preferences > Barometer: the reconcile delay, the profile new projects start with (a new issue takes its predecessor's), soft wrap. */
public class BarometerPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	private final ScopedPreferenceStore softWrapStore = EditorPreferences.softWrapStore();
	private BooleanFieldEditor softWrap;

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
		softWrap = new BooleanFieldEditor(EditorPreferences.SOFT_WRAP, "&Wrap long lines at the window's edge (new editors)",
				getFieldEditorParent());
		addField(softWrap);
	}

	/** The wrap setting is the text editor's own, in the generic editor's store (see {@link EditorPreferences#SOFT_WRAP}). */
	@Override
	protected void initialize() {
		super.initialize();
		softWrap.setPreferenceStore(softWrapStore);
		softWrap.load();
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		try {
			softWrapStore.save();
		} catch (java.io.IOException e) {
			setErrorMessage("The wrap setting could not be saved.");
			return false;
		}
		return ok;
	}
}
