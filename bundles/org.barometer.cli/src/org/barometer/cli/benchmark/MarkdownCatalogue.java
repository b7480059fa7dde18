package org.barometer.cli.benchmark;

import org.barometer.export.IssueTitles;
import org.barometer.export.SignedScore;
import org.barometer.model.Band;
import org.barometer.model.Issue;
import org.barometer.model.RelationshipEvent;
import org.barometer.model.RelationshipSection;
import org.barometer.model.SecurityEvent;
import org.barometer.model.SecuritySection;
import org.barometer.model.navigation.Containers;

/** An issue's appendices as Markdown pipe tables: what pandoc is given in the export benchmark. */
final class MarkdownCatalogue {

	private MarkdownCatalogue() {
	}

	static String of(Issue issue) {
		StringBuilder md = new StringBuilder();
		md.append("# Appendix 1\n\n").append(IssueTitles.APPENDIX_RELATIONS).append("\n\n");
		for (RelationshipSection section : issue.getSections()) {
			md.append("## ").append(IssueTitles.relationshipHeading(section.getRelationship())).append("\n\n");
			md.append("| Date | Event | Score |\n|---|---|--:|\n");
			for (RelationshipEvent event : section.getEvents()) {
				md.append("| ").append(IssueTitles.dateAsWritten(event)).append(" | ").append(escape(event.getDescription()))
						.append(" | ").append(SignedScore.of(event.getScore())).append(" |\n");
			}
			md.append("| Total | | ").append(SignedScore.of(section.getAggregateIndex())).append(" |\n\n");
		}
		SecuritySection security = issue.getSecurity();
		if (security != null) {
			md.append("# Appendix 2\n\n").append(IssueTitles.APPENDIX_SECURITY).append("\n\n");
			md.append("| Date | Event | National security | Regional tension |\n|---|---|--:|--:|\n");
			for (SecurityEvent event : security.getEvents()) {
				md.append("| ").append(IssueTitles.dateAsWritten(event)).append(" | ").append(escape(event.getDescription()))
						.append(" | ").append(SignedScore.of(event.getNational())).append(" | ")
						.append(SignedScore.of(event.getRegional())).append(" |\n");
			}
			md.append("| Total | | ").append(SignedScore.of(security.getNationalSecurityIndex())).append(" | ")
					.append(IssueTitles.regionalTotal(security)).append(" |\n\n");
		}
		var profile = Containers.profileOf(issue);
		if (profile != null && profile.getScale() != null) {
			md.append("# Appendix 3\n\n").append(IssueTitles.APPENDIX_SCALE).append("\n\n");
			md.append("| Colour Value | Numerical Value | Interpretation |\n|---|---|---|\n");
			for (Band band : profile.getScale().getBands()) {
				md.append("| ").append(band.getName()).append(" | ").append(band.rangeText()).append(" | ")
						.append(escape(band.getInterpretation() == null ? "" : band.getInterpretation())).append(" |\n");
			}
		}
		return md.toString();
	}

	private static String escape(String text) {
		return text.replace("|", "\\|");
	}
}
