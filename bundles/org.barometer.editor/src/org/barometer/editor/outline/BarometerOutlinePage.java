package org.barometer.editor.outline;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.barometer.editor.live.LiveDocument;
import org.barometer.editor.live.LiveDocuments;
import org.barometer.editor.live.LiveSnapshot;
import org.barometer.lang.ide.outline.BarometerOutline;
import org.barometer.lang.ide.outline.OutlineNode;
import org.barometer.workspace.BarometerInjector;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * Issue → sections → events, with the computed indices in the labels (from {@link BarometerOutline}),
 * refreshed after each reconcile and linked with the editor both ways.
 */
public class BarometerOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private final Supplier<BarometerOutline> outline = BarometerInjector.lazily(BarometerOutline.class);
	private final Consumer<LiveSnapshot> onSnapshot = this::refreshFrom;
	private final ISelectionChangedListener onEditorSelection = this::revealCaret;
	private LiveDocument live;
	private boolean revealingCaret;

	public BarometerOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new NodeContentProvider());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((OutlineNode) element).label();
			}
		});
		viewer.setAutoExpandLevel(2);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		live = LiveDocuments.of(document);
		if (live != null) {
			live.addListener(onSnapshot);
		}
		if (editor.getSelectionProvider() instanceof org.eclipse.jface.viewers.IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(onEditorSelection);
		}
	}

	/** The nodes shown, for tests and the editor's linking. */
	public List<OutlineNode> roots() {
		Object input = getTreeViewer().getInput();
		return input instanceof NodeList nodes ? nodes.nodes() : List.of();
	}

	private void refreshFrom(LiveSnapshot snapshot) {
		List<OutlineNode> nodes = outline.get().build(snapshot.resource());
		Control control = getControl();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					getTreeViewer().setInput(new NodeList(nodes));
				}
			});
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!revealingCaret && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode node) {
			editor.selectAndReveal(node.selectionOffset(), node.selectionLength());
		}
	}

	private void revealCaret(SelectionChangedEvent event) {
		if (!(event.getSelection() instanceof ITextSelection text) || getControl() == null || getControl().isDisposed()) {
			return;
		}
		OutlineNode deepest = deepestAt(roots(), text.getOffset());
		if (deepest != null) {
			revealingCaret = true;
			try {
				getTreeViewer().setSelection(new StructuredSelection(deepest), true);
			} finally {
				revealingCaret = false;
			}
		}
	}

	private static OutlineNode deepestAt(List<OutlineNode> nodes, int offset) {
		for (OutlineNode node : nodes) {
			if (offset >= node.offset() && offset <= node.offset() + node.length()) {
				OutlineNode child = deepestAt(node.children(), offset);
				return child != null ? child : node;
			}
		}
		return null;
	}

	@Override
	public void dispose() {
		if (live != null) {
			live.removeListener(onSnapshot);
		}
		if (editor.getSelectionProvider() instanceof org.eclipse.jface.viewers.IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(onEditorSelection);
		}
		super.dispose();
	}

	/** The tree's input: a new object per refresh so the viewer rebuilds. */
	private record NodeList(List<OutlineNode> nodes) {
	}

	private static final class NodeContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof NodeList list ? list.nodes().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((OutlineNode) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((OutlineNode) element).children().isEmpty();
		}
	}
}
