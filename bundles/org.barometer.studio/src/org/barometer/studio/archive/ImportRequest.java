package org.barometer.studio.archive;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;

/** What the user asked to import (files and folders of published issues), and into which publication. */
public record ImportRequest(List<Path> sources, IProject publication) {

	public ImportRequest {
		sources = List.copyOf(sources);
	}
}
