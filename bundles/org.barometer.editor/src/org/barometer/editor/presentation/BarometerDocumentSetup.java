package org.barometer.editor.presentation;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.FastPartitioner;

/**
 * Installs the partitioner when a .barometer document is created (filebuffers' documentSetup),
 * under a partitioning of its own: the default partitioning belongs to the platform.
 */
public class BarometerDocumentSetup implements IDocumentSetupParticipant {

	@Override
	public void setup(IDocument document) {
		if (document instanceof IDocumentExtension3 extension) {
			FastPartitioner partitioner = BarometerPartitions.createPartitioner();
			partitioner.connect(document);
			extension.setDocumentPartitioner(BarometerPartitions.PARTITIONING, partitioner);
		}
	}
}
