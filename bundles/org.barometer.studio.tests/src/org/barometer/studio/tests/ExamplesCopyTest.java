package org.barometer.studio.tests;

import static org.barometer.studio.tests.StudioFixture.*;
import static org.barometer.workbench.testing.UiThread.display;
import static org.barometer.workbench.testing.UiThread.run;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Editor tests on their own copy of the examples in a wide window that fits the screen: each test starts with no
 * editor and dialog open and issue 18 as published; the project goes at the end (its files stay
 * on disk), so the Problems view of later test classes stays short.
 */
abstract class ExamplesCopyTest {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	static IProject project;
	static IFile issue18;

	@BeforeAll
	static void openExamplesCopyInAWideWindow() throws Exception {
		run(() -> {
			// wide, but all on the screen: the pointer of the hover tests cannot leave it (CI's Xvfb screen is 1280 wide)
			Rectangle screen = display().getPrimaryMonitor().getClientArea();
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
					.setBounds(screen.x, screen.y, Math.min(1400, screen.width), Math.min(900, screen.height));
		});
		project = openExamplesCopy();
		issue18 = project.getFile(ISSUE_18);
	}

	@AfterEach
	void closeEditorsAndRestoreIssue18() throws Exception {
		Widgets.closeDialogs();
		closeAll();
		if (!issue18.exists()) {
			issue18.create(new ByteArrayInputStream(Files.readAllBytes(examples().resolve(ISSUE_18))), true, null);
		}
		restore(issue18);
		waitForBuild();
	}

	@AfterAll
	static void removeExamplesCopy() throws Exception {
		project.delete(false, true, null);
	}
}
