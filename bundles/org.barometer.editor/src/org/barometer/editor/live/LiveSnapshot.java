package org.barometer.editor.live;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * One parse of an editor's text with its validation. Never changed after it is published:
 * the outline, hovers and views read it on any thread while the next parse is made.
 *
 * @param text the document text that was parsed
 * @param resource the parsed model, linked to the project's other files
 * @param issues the validator's diagnostics, or an empty list when validation was cancelled
 * @param millis parse and validation time
 */
public record LiveSnapshot(String text, XtextResource resource, List<Issue> issues, long millis) {
}
