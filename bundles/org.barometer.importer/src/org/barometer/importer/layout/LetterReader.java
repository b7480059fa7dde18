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
	private static final int MOST_ROLE_LINES = 6;

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
		String role = null;
		if (closing >= 0) {
			// the closing and the name under it close the letter; the title lines under the name are the editor's role
			StringBuilder signature = new StringBuilder(ledger.text(closing));
			ledger.place(closing, "letter");
			List<List<Integer>> blocks = signatureBlocks(closing + 1, to);
			if (!blocks.isEmpty()) {
				List<Integer> name = blocks.get(0);
				name.forEach(i -> signature.append('\n').append(ledger.text(i)));
				name.forEach(i -> ledger.place(i, "letter"));
				editor = ledger.text(name.get(0)).replaceAll("[,.]$", "").strip();
			}
			if (blocks.size() > 1) {
				role = String.join("\n", blocks.get(1).stream().map(ledger::text).toList());
				blocks.get(1).forEach(i -> ledger.place(i, "editor's role"));
			}
			parts.add(signature.toString());
		}
		return new Letter(String.join("\n\n", parts), editor, role);
	}

	/**
	 * The name under the closing (its first block of lines) and the role under the name: the
	 * short lines that follow, blank lines between them or not, up to any structure.
	 */
	private List<List<Integer>> signatureBlocks(int from, int to) {
		List<Integer> name = new ArrayList<>();
		List<Integer> role = new ArrayList<>();
		for (int i = from; i < to && role.size() < MOST_ROLE_LINES; i++) {
			if (ledger.isBlank(i)) {
				continue;
			}
			String line = ledger.text(i);
			if (!ledger.isFree(i) || line.length() > LONGEST_SIGNATURE_LINE || StructureLines.isHeading(line)) {
				break;
			}
			boolean nameEnded = !name.isEmpty() && ledger.isBlank(i - 1);
			(name.isEmpty() || !nameEnded && role.isEmpty() ? name : role).add(i);
		}
		List<List<Integer>> blocks = new ArrayList<>();
		if (!name.isEmpty()) {
			blocks.add(name);
		}
		if (!role.isEmpty()) {
			blocks.add(role);
		}
		return blocks;
	}
}
