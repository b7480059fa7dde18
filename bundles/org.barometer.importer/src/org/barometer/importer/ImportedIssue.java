package org.barometer.importer;

/**
 * One imported source: the issue's text and the file name to write it under, the profile's
 * text when the import built one (null when it used a given profile or an earlier source's),
 * and the report.
 */
public record ImportedIssue(String source, String fileName, String issueText, String profileFileName, String profileText,
		ImportReport report) {

	public boolean hasProfile() {
		return profileText != null;
	}
}
