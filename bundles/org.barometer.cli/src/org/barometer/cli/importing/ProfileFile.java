package org.barometer.cli.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.barometer.cli.workspace.Diagnostic;
import org.barometer.cli.workspace.LoadedWorkspace;
import org.barometer.cli.workspace.WorkspaceLoader;
import org.barometer.importer.source.UnreadableSourceException;
import org.barometer.model.PublicationProfile;
import org.eclipse.emf.ecore.EObject;

/** The profile an import is given: read with the language, refused with a located message unless it is a profile without syntax errors. */
final class ProfileFile {

	PublicationProfile read(Path file) throws UnreadableSourceException {
		if (!Files.isRegularFile(file)) {
			throw new UnreadableSourceException(file + ": no such file.");
		}
		LoadedWorkspace workspace = new WorkspaceLoader().load(List.of(file));
		if (!workspace.notRead().isEmpty()) {
			throw new UnreadableSourceException(workspace.notRead().get(0).format());
		}
		Path loaded = workspace.requested().get(0);
		EObject root = workspace.root(loaded);
		// a profile with syntax errors would be half read; its other errors (a gap in the scale) are the validator's to report
		List<Diagnostic> errors = workspace.validate(loaded).stream().filter(d -> d.error() && "Diagnostic.Syntax".equals(d.shortCode())).toList();
		if (!errors.isEmpty()) {
			throw new UnreadableSourceException(errors.get(0).format());
		}
		if (!(root instanceof PublicationProfile profile)) {
			throw new UnreadableSourceException(file + ": not a profile (it should start with 'profile NAME').");
		}
		return profile;
	}
}
