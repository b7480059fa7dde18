package org.barometer.studio.export;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;

/** Says what the export wrote and refused, and offers to open the first document or the folder. */
class ExportFinishedDialog extends MessageDialog {

	static final String TITLE = "Export Finished";
	private static final int OPEN_FILE = 0;
	private static final int OPEN_FOLDER = 1;
	private static final int LISTED = 6;

	private final ExportOutcome outcome;
	private final Path folder;

	ExportFinishedDialog(Shell parent, ExportOutcome outcome, Path folder) {
		super(parent, TITLE, null, message(outcome, folder), outcome.refusals().isEmpty() ? INFORMATION : WARNING,
				outcome.written().isEmpty() ? 0 : OPEN_FILE, buttons(outcome));
		this.outcome = outcome;
		this.folder = folder;
	}

	private static String[] buttons(ExportOutcome outcome) {
		return outcome.written().isEmpty() ? new String[] { IDialogConstants.CLOSE_LABEL }
				: new String[] { "Open " + outcome.written().get(0).getFileName(), "Open Folder", IDialogConstants.CLOSE_LABEL };
	}

	private static String message(ExportOutcome outcome, Path folder) {
		StringBuilder message = new StringBuilder(outcome.summary()).append("\nFolder: ").append(folder);
		List<Path> written = outcome.written();
		written.stream().limit(LISTED).forEach(file -> message.append("\n  ").append(file.getFileName()));
		if (written.size() > LISTED) {
			message.append("\n  and ").append(written.size() - LISTED).append(" more");
		}
		outcome.notes().forEach(note -> message.append("\n\n").append(note));
		if (!outcome.refusals().isEmpty()) {
			message.append("\n\nNot exported:");
			outcome.refusals().forEach(refusal -> message.append("\n  ").append(refusal));
		}
		return message.toString();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (!outcome.written().isEmpty() && buttonId == OPEN_FILE) {
			Program.launch(outcome.written().get(0).toString());
		} else if (!outcome.written().isEmpty() && buttonId == OPEN_FOLDER) {
			Program.launch(folder.toString());
		}
		super.buttonPressed(buttonId);
	}
}
