package org.barometer.lang.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.barometer.model.BarometerDocument;
import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Parses profiles and issues into one resource set, the way a project holds them. */
public class Documents {

	/** A small valid profile: the Minsk Barometer's relationships and its scale with the hole at -1 closed. */
	public static final String PROFILE = """
			profile Test
			title "Test Barometer"
			scores from -3 to +3
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

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private XtextResourceSet resourceSet;
	private int counter;

	public XtextResourceSet resourceSet() {
		if (resourceSet == null) {
			resourceSet = resourceSets.get();
		}
		return resourceSet;
	}

	public PublicationProfile profile(String text) {
		return (PublicationProfile) parse(text);
	}

	public Issue issue(String text) {
		return (Issue) parse(text);
	}

	/** An issue of the test profile, which is parsed beside it. */
	public Issue issueOfTestProfile(String text) {
		if (resourceSet().getResources().isEmpty()) {
			parse(PROFILE);
		}
		Issue issue = issue(text);
		EcoreUtil.resolveAll(issue);
		return issue;
	}

	public BarometerDocument parse(String text) {
		Resource resource = resourceSet().createResource(URI.createURI("test:/project/file" + counter++ + ".barometer"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource.getContents().isEmpty() ? null : (BarometerDocument) resource.getContents().get(0);
	}

	/** A complete, valid relationship section around the given catalogue rows. */
	public static String section(String relationship, String stated, String events) {
		return "relationship " + relationship + " by \"An Analyst\" {\n" + (stated.isEmpty() ? "" : "  stated " + stated + "\n")
				+ "  trends\n    1. \"A trend.\"\n  forecast \"A forecast.\"\n  events\n" + events + "\n}\n";
	}

	/** Issue 1, November-December 2020, with the given sections (Russia and EU complete unless given). */
	public static String issueText(String sections) {
		return "issue 1 of Test\nperiod November-December 2020\neditor \"An Editor\"\n" + sections;
	}
}
