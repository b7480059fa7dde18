package org.barometer.lang.naming;

import org.barometer.model.Author;
import org.barometer.model.BarometerPackage;
import org.barometer.model.Issue;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Names: a profile by its name, its relationships and bands below it (MinskBarometer.Russia),
 * an issue as profile.issueNN so that the index can list a publication's issues. Authors
 * are people, not declarations, and get no name.
 */
public class BarometerQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	protected QualifiedName qualifiedName(Issue issue) {
		// read the profile's name from the text: resolving it while indexing is not allowed
		String profile = null;
		for (INode node : NodeModelUtils.findNodesForFeature(issue, BarometerPackage.Literals.ISSUE__PROFILE)) {
			profile = NodeModelUtils.getTokenText(node);
		}
		if (profile == null || profile.isBlank()) {
			return null;
		}
		return QualifiedName.create(profile, "issue" + issue.getNumber());
	}

	protected QualifiedName qualifiedName(Author author) {
		return null;
	}
}
