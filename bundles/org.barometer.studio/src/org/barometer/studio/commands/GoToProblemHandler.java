package org.barometer.studio.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

/**
 * Issue › Next Problem and Previous Problem: the caret to the next (previous) error or warning
 * of the issue, as the editor's own annotation navigation does, under a name an editor reads.
 */
public class GoToProblemHandler extends AbstractHandler implements IExecutableExtension {

	private boolean forward = true;

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		forward = !"previous".equals(data);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof ITextEditor editor) {
			IAction navigation = editor.getAction(forward ? ITextEditorActionConstants.NEXT : ITextEditorActionConstants.PREVIOUS);
			if (navigation != null && navigation.isEnabled()) {
				navigation.run();
			}
		}
		return null;
	}
}
