package org.barometer.editor.format;

import java.util.List;
import java.util.function.Supplier;

import org.barometer.editor.live.CurrentModel;
import org.barometer.editor.live.DocumentEdits;
import org.barometer.lang.ide.edits.TextEdit;
import org.barometer.lang.ide.formatting.BarometerFormatting;
import org.barometer.workspace.BarometerInjector;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.XtextResource;

/** Source > Format (Ctrl+Shift+F): the language's formatter, catalogues aligned, as one undoable change. */
public class FormatHandler extends AbstractHandler {

	private final Supplier<BarometerFormatting> formatting = BarometerInjector.lazily(BarometerFormatting.class);

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof ITextEditor editor)) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		try {
			XtextResource resource = CurrentModel.of(document);
			if (resource == null || !resource.getParseResult().getSyntaxErrors().iterator().hasNext()) {
				List<TextEdit> edits = resource == null ? List.of() : formatting.get().format(resource);
				DocumentEdits.apply(document, edits);
			}
		} catch (CoreException | BadLocationException e) {
			throw new ExecutionException("Formatting failed", e);
		}
		return null;
	}
}
