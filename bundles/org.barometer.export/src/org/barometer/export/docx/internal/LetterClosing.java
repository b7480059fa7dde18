package org.barometer.export.docx.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The end of the editor's letter, as the publication prints it: the closing words, the name
 * and the signer's role, each on a line of its own. Editors type the closing into the letter
 * ("Yours respectfully,", then the name on the next line); a hard-wrapped text block would
 * run it into one line, and the signature would repeat the name. The closing is the last
 * short line ending in a comma among the letter's last lines; the lines after it name the
 * signer. The role comes from the issue ({@code role}), unless the letter gives one.
 *
 * @param body the letter without its closing, for the narrative
 * @param closing "Yours respectfully,", or null when the letter has none
 * @param name the signer: the name typed under the closing, else the issue's editor; may be null
 * @param role the lines under the name; empty when there are none
 */
public record LetterClosing(String body, String closing, String name, List<String> role) {

	/** How far from the end a closing may start: closing, name, and a few lines of role. */
	private static final int CLOSING_LINES = 6;
	/** "Yours respectfully," "With best regards," "Sincerely,": a few words, never a sentence. */
	private static final int CLOSING_LENGTH = 40;

	public LetterClosing {
		role = List.copyOf(role);
	}

	public static LetterClosing of(String letter, String editor, String editorRole) {
		List<String> issueRole = lines(editorRole);
		if (letter == null || letter.isBlank()) {
			return new LetterClosing(letter, null, editor, issueRole);
		}
		String[] lines = letter.strip().split("\\n", -1);
		int start = closingLine(lines);
		if (start < 0) {
			return new LetterClosing(letter, null, editor, issueRole);
		}
		List<String> signer = new ArrayList<>();
		for (int i = start + 1; i < lines.length; i++) {
			String line = withoutTrailingComma(lines[i].strip());
			if (!line.isEmpty()) {
				signer.add(line);
			}
		}
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < start; i++) {
			body.append(lines[i]).append('\n');
		}
		String closing = lines[start].strip();
		if (signer.isEmpty()) {
			return new LetterClosing(body.toString().strip(), closing, editor, issueRole);
		}
		String name = signer.get(0);
		List<String> role = signer.subList(1, signer.size());
		// the role typed in the letter is the signer's; the issue's is the editor's
		boolean editorSigns = editor != null && editor.strip().equalsIgnoreCase(name);
		return new LetterClosing(body.toString().strip(), closing, name, role.isEmpty() && editorSigns ? issueRole : role);
	}

	/** The index of the closing line, or -1: a short line ending in a comma, first of its block, near the end. */
	private static int closingLine(String[] lines) {
		int nonBlank = 0;
		for (int i = lines.length - 1; i >= 0 && nonBlank < CLOSING_LINES; i--) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			nonBlank++;
			boolean startsBlock = i == 0 || lines[i - 1].isBlank();
			if (startsBlock && line.endsWith(",") && line.length() <= CLOSING_LENGTH && i > 0) {
				return i;
			}
		}
		return -1;
	}

	private static String withoutTrailingComma(String line) {
		return line.endsWith(",") ? line.substring(0, line.length() - 1).strip() : line;
	}

	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		if (text != null) {
			for (String line : text.strip().split("\\n")) {
				if (!line.isBlank()) {
					lines.add(line.strip());
				}
			}
		}
		return lines;
	}
}
