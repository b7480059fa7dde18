package org.barometer.lang.ide.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.barometer.lang.ide.BarometerIdeSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** Barometer files parsed into one resource set with the IDE injector, as the editor holds them. */
final class Workspace {

	static final Injector INJECTOR = new BarometerIdeSetup().createInjectorAndDoEMFRegistration();

	/** A test profile. Its bands are {@link #BANDS}, which tests use to find a band independently of the model. */
	static final String PROFILE = """
			profile Test
			title "Test Barometer"
			scores from -4 to +4
			relationships {
			  Russia "Russia"
			  EU "European Union"
			}
			scale "Colour scale" {
			  band White from -1 colour #FFFFFF "Calm."
			  band Green from -6 to -2 colour #00B050 "Attention."
			  band Yellow from -12 to -7 colour #FFFF00 "Close attention."
			  band Red to -13 colour #FF0000 "Pre-war."
			}
			""";

	record TestBand(String name, int lowest, int highest) {
	}

	static final List<TestBand> BANDS = List.of(new TestBand("White", -1, Integer.MAX_VALUE), new TestBand("Green", -6, -2),
			new TestBand("Yellow", -12, -7), new TestBand("Red", Integer.MIN_VALUE, -13));

	static String bandOf(int value) {
		return BANDS.stream().filter(b -> b.lowest() <= value && value <= b.highest()).map(TestBand::name).findFirst().orElseThrow();
	}

	private final XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
	private int counter;

	/** A workspace holding the test profile. */
	static Workspace withTestProfile() {
		Workspace workspace = new Workspace();
		workspace.load("profile.barometer", PROFILE);
		return workspace;
	}

	XtextResource load(String name, String text) {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("test:/project/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** The resource taken out of the workspace, as when its file is deleted. */
	void remove(XtextResource resource) {
		resourceSet.getResources().remove(resource);
	}

	XtextResource issue(String text) {
		return load("issue" + counter++ + ".barometer", text);
	}

	XtextResource loadFile(Path file) {
		return (XtextResource) resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
	}

	/** The resource's text replaced, as the editor does on every change. */
	static void reparse(XtextResource resource, String text) {
		try {
			resource.reparse(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Issue> validate(XtextResource resource) {
		return INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	static <T> T get(Class<T> type) {
		return INJECTOR.getInstance(type);
	}

	static String text(XtextResource resource) {
		return resource.getParseResult().getRootNode().getText();
	}

	/** Every token of the text, comments included, whitespace not. */
	static List<String> tokens(XtextResource resource) {
		List<String> tokens = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.getText().isBlank()) {
				tokens.add(leaf.getText());
			}
		}
		return tokens;
	}

	static Path examples() {
		return Path.of(System.getProperty("barometer.examples", "../../examples"));
	}

	static List<Path> exampleFiles() {
		try (Stream<Path> files = Files.list(examples())) {
			return files.filter(f -> f.toString().endsWith(".barometer")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** How the publication writes a figure: +14, -4, 0 (written here again so that tests do not lean on the model's version). */
	static String signed(int value) {
		return value > 0 ? "+" + value : String.valueOf(value);
	}

	/** Every prefix of the text at the given step, as an editor sees it while the text is typed. */
	static List<String> prefixes(String text, int step) {
		List<String> prefixes = new ArrayList<>();
		for (int end = 0; end < text.length(); end += step) {
			prefixes.add(text.substring(0, end));
		}
		prefixes.add(text);
		return prefixes;
	}
}
