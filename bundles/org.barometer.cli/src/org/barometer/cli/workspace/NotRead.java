package org.barometer.cli.workspace;

import java.nio.file.Path;

/** The one line for an input that was not read, in the form of every other problem. */
final class NotRead {

	static final String FILE_CODE = "fileNotRead";
	static final String FOLDER_CODE = "folderNotRead";

	private NotRead() {
	}

	static Diagnostic file(Path file, String reason) {
		return new Diagnostic(file, 1, 1, true, "The file is not read: " + reason + ".", FILE_CODE);
	}

	static Diagnostic folder(Path folder, String reason) {
		return new Diagnostic(folder, 1, 1, true, "The folder is not read (" + reason + "): its files are not checked.", FOLDER_CODE);
	}
}
