package org.barometer.importer.layout;

import java.util.ArrayList;
import java.util.List;

import org.barometer.importer.layout.PrintedIssue.Letter;

/**
 * The editor's letter: from the greeting ("Dear readers!") to the signature, that is the
 * closing ("Yours respectfully,"), the editor's name and the block of title lines under it.
 * The signature keeps its lines; the paragraphs above are joined. The editor is the name.
 */
final class LetterReader {

	/** The signature's title block is a few short lines ("Editor, Minsk Barometer"). */
	private static final int LONGEST_SIGNATURE_LINE = 70;

	private final LineLedger ledger;

	LetterReader(LineLedger ledger) {
		this.ledger = ledger;
	}

	Letter read(int from, int to) {
		int closing = -1;
		for (int i = from; i < to && closing < 0; i++) {
			if (ledger.isFree(i) && StructureLines.isClosing(ledger.text(i))) {
				closing = i;
			}
		}
		int bodyEnd = closing < 0 ? to : closing;
		List<String> parts = new ArrayList<>();
		for (Paragraph paragraph : new ParagraphAssembler(ledger).paragraphs(from, bodyEnd)) {
			parts.add(paragraph.text());
			paragraph.placeIn(ledger, "letter");
		}
		String editor = null;
		if (closing >= 0) {
			parts.add(ledger.text(closing));
			ledger.place(closing, "letter");
			List<List<Integer>> blocks = signatureBlocks(closing + 1, to);
			for (List<Integer> block : blocks) {
				List<String> lines = block.stream().map(ledger::text).toList();
				if (editor == null) {
					editor = lines.get(0).replaceAll("[,.]$", "").strip();
				}
				parts.add(String.join("\n", lines));
				block.forEach(i -> ledger.place(i, "letter"));
			}
		}
		return new Letter(String.join("\n\n", parts), editor);
	}

	/** The name and the title block under the closing: at most two blocks of short lines, ending at any structure. */
	private List<List<Integer>> signatureBlocks(int from, int to) {
		List<List<Integer>> blocks = new ArrayList<>();
		List<Integer> block = new ArrayList<>();
		for (int i = from; i < to && blocks.size() < 2; i++) {
			if (ledger.isBlank(i)) {
				if (!block.isEmpty()) {
					blocks.add(block);
					block = new ArrayList<>();
				}
				continue;
			}
			String line = ledger.text(i);
			if (!ledger.isFree(i) || line.length() > LONGEST_SIGNATURE_LINE || StructureLines.isHeading(line)) {
				break;
			}
			block.add(i);
		}
		if (!block.isEmpty() && blocks.size() < 2) {
			blocks.add(block);
		}
		return blocks;
	}
}
