package org.barometer.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Writes validation issues as markers: the Problems view, the editor's annotations and quick fixes read them. */
public final class ProblemMarkers {

	public static final String TYPE = "org.barometer.workspace.problem";
	/** The builder's scoring-consistency notes across issues (a subtype of {@link #TYPE}, kept by live validation). */
	public static final String SCORING_TYPE = "org.barometer.workspace.scoring";
	/** The validator's issue code (see BarometerIssueCodes). */
	public static final String CODE = "code";
	/** The issue's data, e.g. the computed figure a quick fix writes; values separated by {@link #DATA_SEPARATOR}. */
	public static final String DATA = "data";
	public static final String DATA_SEPARATOR = "\u001f";

	private ProblemMarkers() {
	}

	/** Replaces the file's markers by those of the issues; call inside a workspace operation to batch the events. */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		replace(file, TYPE, issues);
	}

	/** Replaces the file's markers of exactly this type (not its subtypes) by those of the issues. */
	public static void replace(IFile file, String type, List<Issue> issues) throws CoreException {
		if (!file.exists()) {
			return;
		}
		file.deleteMarkers(type, false, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			file.createMarker(type, attributesOf(issue));
		}
	}

	static Map<String, Object> attributesOf(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, issue.getMessage());
		attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		});
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
			attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		if (issue.getCode() != null) {
			attributes.put(CODE, issue.getCode());
		}
		if (issue.getData() != null && issue.getData().length > 0) {
			attributes.put(DATA, String.join(DATA_SEPARATOR, issue.getData()));
		}
		attributes.put(IMarker.SOURCE_ID, "Barometer");
		return attributes;
	}

	public static String code(IMarker marker) {
		return marker.getAttribute(CODE, null);
	}

	public static String[] data(IMarker marker) {
		String data = marker.getAttribute(DATA, null);
		return data == null ? new String[0] : data.split(DATA_SEPARATOR, -1);
	}
}
