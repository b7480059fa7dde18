package org.barometer.studio.export;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Export Issues..." in the context menus of .barometer files and of the editor: the export wizard on those files. */
public class ExportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ExportWizard wizard = new ExportWizard();
		wizard.init(PlatformUI.getWorkbench(), exportedSelection(event));
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}

	/** The selected resources; in an editor, its file. */
	private static IStructuredSelection exportedSelection(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			return structured;
		}
		IFile file = Adapters.adapt(HandlerUtil.getActiveEditorInput(event), IFile.class);
		return file == null ? StructuredSelection.EMPTY : new StructuredSelection(file);
	}
}
