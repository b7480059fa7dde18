package org.barometer.studio.commands;

import org.barometer.studio.wizards.NewIssueWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › New Issue, from wherever the user is: the next issue of the publication they are in. */
public class NewIssueHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		NewIssueWizard wizard = new NewIssueWizard();
		wizard.init(PlatformUI.getWorkbench(), CurrentPublication.of(event).map(StructuredSelection::new).orElse(StructuredSelection.EMPTY));
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
