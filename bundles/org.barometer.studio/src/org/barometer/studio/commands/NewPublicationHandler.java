package org.barometer.studio.commands;

import org.barometer.studio.wizards.NewPublicationWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › New Publication. */
public class NewPublicationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		NewPublicationWizard wizard = new NewPublicationWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
