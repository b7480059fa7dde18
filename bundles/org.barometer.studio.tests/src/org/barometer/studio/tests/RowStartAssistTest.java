package org.barometer.studio.tests;

import static org.barometer.workbench.testing.UiThread.display;
import static org.barometer.workbench.testing.UiThread.run;
import static org.barometer.workbench.testing.UiThread.ui;
import static org.barometer.workbench.testing.UiThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.barometer.editor.assist.BarometerContentAssistProcessor;
import org.barometer.editor.assist.RowStartAssist;
import org.barometer.editor.presentation.BarometerPartitions;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A row's first keystroke computes its proposals once: the row-start assist computes them to
 * decide whether to open the popup, and the editor's content assistant shows those, instead of
 * parsing the whole issue a second time. In a real viewer with the editor's own processor in its
 * assistant (which, on a document of no project, could compute nothing of its own).
 */
class RowStartAssistTest {

	private static final String TEXT = "issue 1 of P\nperiod November-December 2020\nrelationship Russia {\n  events\n    \n}\n";

	private final AtomicInteger computed = new AtomicInteger();
	private Shell shell;
	private SourceViewer viewer;
	private RowStartAssist rowStart;

	@BeforeEach
	void aViewerWithTheEditorsAssistant() {
		run(() -> {
			IDocument document = new Document(TEXT);
			FastPartitioner partitioner = BarometerPartitions.createPartitioner();
			partitioner.connect(document);
			((Document) document).setDocumentPartitioner(BarometerPartitions.PARTITIONING, partitioner);
			shell = new Shell();
			shell.setSize(600, 400);
			viewer = new SourceViewer(shell, null, SWT.NONE);
			viewer.getControl().setSize(600, 400);
			viewer.configure(new SourceViewerConfiguration() {
				@Override
				public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
					ContentAssistant assistant = new ContentAssistant();
					assistant.setDocumentPartitioning(BarometerPartitions.PARTITIONING);
					assistant.setContentAssistProcessor(new BarometerContentAssistProcessor(), IDocument.DEFAULT_CONTENT_TYPE);
					return assistant;
				}
			});
			viewer.setDocument(document);
			shell.open();
			rowStart = new RowStartAssist(() -> new CountingProcessor(computed));
			rowStart.install(viewer);
		});
	}

	@AfterEach
	void close() {
		run(() -> {
			rowStart.uninstall();
			shell.dispose();
		});
	}

	@Test
	void theRowsFirstKeystrokeComputesTheProposalsOnceAndTheAssistantShowsThem() {
		int rowStartOffset = TEXT.indexOf("    \n") + 4;
		run(() -> {
			viewer.setSelectedRange(rowStartOffset, 0);
			StyledText text = viewer.getTextWidget();
			text.setFocus();
			Event down = new Event();
			down.character = '5';
			down.keyCode = '5';
			text.notifyListeners(SWT.KeyDown, down);
		});
		waitUntil("the proposal popup", Duration.ofSeconds(10), () -> !popupLabels().isEmpty());
		assertEquals(List.of("5 November", "5 December"), popupLabels());
		assertEquals(1, computed.get(), "the proposals computed for the keystroke");
	}

	private List<String> popupLabels() {
		return ui(() -> {
			List<String> labels = new ArrayList<>();
			for (Shell each : display().getShells()) {
				if (each.isVisible() && each.getChildren().length > 0 && each.getChildren()[0] instanceof Table table) {
					for (TableItem item : table.getItems()) {
						labels.add(item.getText());
					}
				}
			}
			return labels;
		});
	}

	/** Two dates, counting how often it is asked (the editor's processor otherwise, so that nothing else differs). */
	private static final class CountingProcessor extends BarometerContentAssistProcessor {
		private final AtomicInteger computed;

		CountingProcessor(AtomicInteger computed) {
			this.computed = computed;
		}

		@Override
		public ICompletionProposal[] computeCompletionProposals(ITextViewer textViewer, int offset) {
			computed.incrementAndGet();
			return new ICompletionProposal[] { new CompletionProposal("5 November", offset - 1, 1, 10, null, "5 November", null, null),
					new CompletionProposal("5 December", offset - 1, 1, 10, null, "5 December", null, null) };
		}
	}
}
