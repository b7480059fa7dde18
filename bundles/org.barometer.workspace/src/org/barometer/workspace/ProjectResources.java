package org.barometer.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * The .barometer files of one project parsed into one resource set, so that issues find their
 * profile and each other. {@link #synchronize()} re-parses only the files that changed: on disk,
 * or, {@link #asEdited as edited}, in the unsaved text of an open editor; the file of one editor
 * is replaced by that editor's text with {@link #replace(IFile, String)}.
 * Not thread-safe: one owner (the builder, or one editor's reconciler) uses it.
 */
public class ProjectResources {

	public static final String EXTENSION = "barometer";
	private static final Pattern ISSUE_HEADER = Pattern.compile("issue\\s+(\\d{1,9})\\b");

	private final IProject project;
	private final XtextResourceSet resourceSet;
	private final IResourceValidator validator;
	private final boolean readsUnsavedText;
	private final Map<IFile, Source> loaded = new HashMap<>();
	private IFile overlaid;

	/** What a file's resource was parsed from: the file at a modification stamp, or unsaved text (stamp -1). */
	private record Source(long stamp, String unsavedText) {
	}

	/** The saved files: what the archive views and the exports read. */
	public ProjectResources(IProject project) {
		this(project, BarometerInjector.get());
	}

	public ProjectResources(IProject project, Injector injector) {
		this(project, injector, false);
	}

	private ProjectResources(IProject project, Injector injector, boolean readsUnsavedText) {
		this.project = project;
		this.resourceSet = injector.getInstance(XtextResourceSet.class);
		this.validator = injector.getInstance(IResourceValidator.class);
		this.readsUnsavedText = readsUnsavedText;
	}

	/**
	 * The files as the user sees them: a file with unsaved changes in an open editor is read from
	 * the editor's text. The builder and live validation both read them so, so that their markers agree.
	 */
	public static ProjectResources asEdited(IProject project) {
		return new ProjectResources(project, BarometerInjector.get(), true);
	}

	public static boolean isBarometerFile(IResource resource) {
		return resource instanceof IFile && EXTENSION.equals(resource.getFileExtension());
	}

	/** An issue, not a profile: its first word outside comments is `issue`. Read without parsing, for lists and menus. */
	public static boolean isIssueFile(IResource resource) {
		return firstLine(resource).map(line -> line.startsWith("issue ")).orElse(false);
	}

	/**
	 * The number an issue file gives itself (`issue 18 of ...`), read without parsing, so that
	 * issues can be put in order at start-up; empty for a profile or a header not yet typed.
	 */
	public static OptionalInt issueNumber(IResource resource) {
		return issueNumberIn(firstLine(resource));
	}

	/** The number an issue's text gives itself, as an editor holds it (unsaved changes included). */
	public static OptionalInt issueNumber(String text) {
		return issueNumberIn(firstLine(text.lines()));
	}

	private static OptionalInt issueNumberIn(Optional<String> firstLine) {
		Matcher header = firstLine.map(ISSUE_HEADER::matcher).filter(Matcher::lookingAt).orElse(null);
		return header == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(header.group(1)));
	}

	/** The first line outside comments of a .barometer file. */
	private static Optional<String> firstLine(IResource resource) {
		if (!isBarometerFile(resource) || resource.getLocation() == null) {
			return Optional.empty();
		}
		try (Stream<String> lines = Files.lines(resource.getLocation().toPath(), StandardCharsets.UTF_8)) {
			return firstLine(lines);
		} catch (IOException | UncheckedIOException e) {
			return Optional.empty();
		}
	}

	private static Optional<String> firstLine(Stream<String> lines) {
		return lines.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("//")).findFirst();
	}

	public static URI uriOf(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** Brings the resource set in line with the files (and unsaved texts, as edited); returns the files that were (re)parsed. */
	public List<IFile> synchronize() throws CoreException {
		List<IFile> onDisk = barometerFiles();
		List<IFile> changed = new ArrayList<>();
		for (IFile gone : new ArrayList<>(loaded.keySet())) {
			if (!onDisk.contains(gone)) {
				unload(gone);
			}
		}
		for (IFile file : onDisk) {
			if (file.equals(overlaid)) {
				continue;
			}
			String unsavedText = unsavedTextOf(file);
			if (!parses(file, unsavedText)) {
				if (unsavedText != null) {
					load(file, unsavedText);
				} else {
					load(file);
				}
				changed.add(file);
			}
		}
		return changed;
	}

	/** Whether the file's resource was parsed from the text {@link #synchronize()} would read now (not saved, typed on or discarded since). */
	public boolean isUpToDate(IFile file) {
		return file.equals(overlaid) ? loaded.containsKey(file) : parses(file, unsavedTextOf(file));
	}

	/** Whether the file's resource was parsed from an editor's unsaved text, not from the file on disk. */
	public boolean holdsUnsavedText(IFile file) {
		Source source = loaded.get(file);
		return source != null && source.unsavedText() != null;
	}

	private boolean parses(IFile file, String unsavedText) {
		Source source = loaded.get(file);
		if (source == null) {
			return false;
		}
		return unsavedText != null ? unsavedText.equals(source.unsavedText())
				: source.unsavedText() == null && source.stamp() == file.getModificationStamp();
	}

	private String unsavedTextOf(IFile file) {
		return readsUnsavedText ? UnsavedText.of(file) : null;
	}

	/** Parses the text as the content of the file (an editor's unsaved text) and returns its resource. */
	public XtextResource replace(IFile file, String text) {
		overlaid = file;
		return load(file, text);
	}

	public XtextResource resource(IFile file) {
		return (XtextResource) resourceSet.getResource(uriOf(file), false);
	}

	public List<IFile> files() {
		return new ArrayList<>(loaded.keySet());
	}

	public List<Issue> validate(IFile file, CancelIndicator cancelIndicator) {
		XtextResource resource = resource(file);
		if (resource == null) {
			return List.of();
		}
		return validator.validate(resource, CheckMode.ALL, cancelIndicator);
	}

	private List<IFile> barometerFiles() throws CoreException {
		List<IFile> files = new ArrayList<>();
		if (project.isAccessible()) {
			project.accept(resource -> {
				if (isBarometerFile(resource)) {
					files.add((IFile) resource);
				}
				return !resource.isDerived() && !resource.getName().equals("target");
			});
		}
		return files;
	}

	private void load(IFile file) throws CoreException {
		XtextResource resource = freshResource(file);
		long stamp = file.getModificationStamp();
		try (InputStream contents = file.getContents(true)) {
			resource.load(contents, null);
		} catch (IOException e) {
			throw new CoreException(org.eclipse.core.runtime.Status.error("Cannot read " + file.getFullPath(), e));
		}
		loaded.put(file, new Source(stamp, null));
		FileParses.counted(file);
	}

	private XtextResource load(IFile file, String text) {
		XtextResource resource = freshResource(file);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new IllegalStateException("Reading text from memory cannot fail", e);
		}
		loaded.put(file, new Source(-1, text));
		FileParses.counted(file);
		return resource;
	}

	/** A new resource for the file in place of the old one: readers of the old one keep a consistent snapshot. */
	private XtextResource freshResource(IFile file) {
		unload(file);
		return (XtextResource) resourceSet.createResource(uriOf(file));
	}

	private void unload(IFile file) {
		Resource old = resourceSet.getResource(uriOf(file), false);
		if (old != null) {
			resourceSet.getResources().remove(old);
			if (!file.equals(overlaid)) {
				// other files may hold references into it (issues into their profile): turning its
				// objects into proxies makes those references find the new content
				old.unload();
			}
		}
		loaded.remove(file);
	}
}
