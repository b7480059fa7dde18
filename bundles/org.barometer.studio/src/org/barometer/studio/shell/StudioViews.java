package org.barometer.studio.shell;

import java.util.LinkedHashMap;
import java.util.Map;

import org.barometer.studio.issues.IssuesView;
import org.eclipse.ui.IPageLayout;

/** The views the View menu offers, by id, with the names the user sees, in menu order. */
final class StudioViews {

	static final Map<String, String> ALL;

	static {
		Map<String, String> views = new LinkedHashMap<>();
		views.put(IssuesView.ID, "&Issues");
		views.put(IPageLayout.ID_PROBLEM_VIEW, "&Problems");
		views.put(IPageLayout.ID_OUTLINE, "&Outline");
		views.put("org.barometer.views.index", "In&dices");
		views.put("org.barometer.views.dynamics", "D&ynamics");
		views.put("org.barometer.views.catalogue", "&Catalogue");
		ALL = java.util.Collections.unmodifiableMap(views);
	}

	private StudioViews() {
	}
}
