package org.barometer.studio.archive;

import org.barometer.studio.commands.CurrentPublication;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › Import › Published Issues: the import wizard, into the publication the user is working on. */
public class ImportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ImportWizard wizard = new ImportWizard();
		wizard.init(PlatformUI.getWorkbench(),
				CurrentPublication.of(event).map(StructuredSelection::new).orElse(StructuredSelection.EMPTY));
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
