package org.barometer.studio.tests;

import static org.barometer.workbench.testing.UiThread.run;
import static org.barometer.workbench.testing.UiThread.ui;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.barometer.editor.presentation.BarometerPartitions;
import org.barometer.editor.presentation.CodeOccurrences;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPartitioningException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The occurrences of the name under the caret, in a real viewer: only where names are written,
 * and found without partitioning the whole document at every caret move (a long issue's
 * thousands of partitions were listed on the UI thread at each arrow key).
 */
class CodeOccurrencesTest {

	private static final String ROW = "    1 November \"Talks with Russia\" +1\n";
	private static final String TEXT = "// Russia in a comment\nrelationship Russia {\n  letter \"\"\"Russia in prose\"\"\"\n  events\n"
			+ ROW.repeat(2000) + "}\nrelationship Russia {\n}\n";

	private Shell shell;
	private SourceViewer viewer;
	private PartitioningCountingDocument document;
	private CodeOccurrences occurrences;

	@BeforeEach
	void aViewerOnALongIssue() {
		run(() -> {
			document = new PartitioningCountingDocument(TEXT);
			FastPartitioner partitioner = BarometerPartitions.createPartitioner();
			partitioner.connect(document);
			document.setDocumentPartitioner(BarometerPartitions.PARTITIONING, partitioner);
			shell = new Shell();
			viewer = new SourceViewer(shell, null, SWT.NONE);
			viewer.setDocument(document, new AnnotationModel());
			occurrences = new CodeOccurrences();
			occurrences.install(viewer);
		});
	}

	@AfterEach
	void close() {
		run(() -> {
			occurrences.uninstall();
			shell.dispose();
		});
	}

	@Test
	void theNameIsMarkedWhereItIsWrittenAsCodeOnly() {
		int first = TEXT.indexOf("relationship Russia") + "relationship ".length();
		int second = TEXT.lastIndexOf("relationship Russia") + "relationship ".length();
		assertEquals(List.of(first, second), marksAfterCaretAt(first + 2));
		assertEquals(List.of(first, second), marksAfterCaretAt(second + "Russia".length()), "a caret just after the name");
	}

	@Test
	void aCaretMoveDoesNotPartitionTheWholeDocument() {
		marksAfterCaretAt(TEXT.indexOf("relationship Russia") + "relationship ".length());
		marksAfterCaretAt(TEXT.indexOf("Talks with Russia") + "Talks with ".length());
		assertTrue(document.widestPartitioning < TEXT.length() / 10,
				"partitioned " + document.widestPartitioning + " of " + TEXT.length() + " characters for a caret move");
	}

	@Test
	void inAStringAProseOrAKeywordNothingIsMarked() {
		assertEquals(List.of(), marksAfterCaretAt(TEXT.indexOf("Talks with Russia") + "Talks with ".length()));
		assertEquals(List.of(), marksAfterCaretAt(TEXT.indexOf("Russia in prose")));
		assertEquals(List.of(), marksAfterCaretAt(TEXT.indexOf("Russia in a comment")));
		assertEquals(List.of(), marksAfterCaretAt(TEXT.indexOf("relationship") + 2));
	}

	/** Moves the caret as the viewer reports it and reads the offsets of the occurrence marks, in order. */
	private List<Integer> marksAfterCaretAt(int offset) {
		return ui(() -> {
			occurrences.selectionChanged(new SelectionChangedEvent(viewer, new TextSelection(document, offset, 0)));
			IAnnotationModel model = viewer.getAnnotationModel();
			List<Integer> offsets = new ArrayList<>();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Position position = model.getPosition(it.next());
				offsets.add(position.getOffset());
			}
			offsets.sort(null);
			return offsets;
		});
	}

	/** Remembers the widest range it was asked to list the partitions of. */
	private static final class PartitioningCountingDocument extends Document {
		int widestPartitioning;

		PartitioningCountingDocument(String text) {
			super(text);
		}

		@Override
		public ITypedRegion[] computePartitioning(String partitioning, int offset, int length, boolean includeZeroLengthPartitions)
				throws BadLocationException, BadPartitioningException {
			widestPartitioning = Math.max(widestPartitioning, length);
			return super.computePartitioning(partitioning, offset, length, includeZeroLengthPartitions);
		}
	}
}
