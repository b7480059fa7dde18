package org.barometer.studio.preload.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.barometer.studio.preload.LaunchedApplication;
import org.junit.jupiter.api.Test;

/**
 * Which application a start runs, as the bundle sees it before the application container: the
 * platform's IDE, started from the studio's installation, once got the studio's display and
 * failed ("multiple displays"), as the configuration's property still named the studio.
 */
class LaunchedApplicationTest {

	private static final String STUDIO = "org.barometer.studio.application";

	@Test
	void theCommandLinesApplicationWinsOverTheConfigurations() {
		assertEquals("org.eclipse.ui.ide.workbench", LaunchedApplication.chosen(
				List.of("-data", "/tmp/w", "-product", "org.barometer.studio.product", "-application", "org.eclipse.ui.ide.workbench"),
				STUDIO));
	}

	@Test
	void withoutOneOnTheCommandLineTheConfigurationsCounts() {
		assertEquals(STUDIO, LaunchedApplication.chosen(List.of("-data", "/tmp/w"), STUDIO));
		assertEquals(STUDIO, LaunchedApplication.chosen(List.of("-application"), STUDIO), "an option without its value names nothing");
		assertEquals(STUDIO, LaunchedApplication.chosen(List.of("-application", "-data", "/tmp/w"), STUDIO), "nor one followed by another option");
	}

	@Test
	void theLastApplicationNamedCounts() {
		assertEquals("b", LaunchedApplication.chosen(List.of("-application", "a", "-APPLICATION", "b"), STUDIO));
	}
}
