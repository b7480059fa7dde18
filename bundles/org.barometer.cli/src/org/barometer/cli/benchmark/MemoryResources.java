package org.barometer.cli.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

/** Synthetic texts parsed from memory, as the benchmarks need them: no file system in the figures. */
final class MemoryResources {

	private MemoryResources() {
	}

	static Resource load(XtextResourceSet resourceSet, String name, String text) {
		Resource resource = resourceSet.createResource(URI.createURI("memory:/bench/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}
}
