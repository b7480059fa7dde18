package org.barometer.studio.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.barometer.studio.shell.StudioIcons;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The studio ships its icons as PNG renders of their SVG sources, as the platform's bundles do:
 * an SVG drawn at start costs the UI thread an SVG parser and Java2D. These tests keep the renders
 * whole and current (releng/scripts/render-icons.sh redraws them) and the declarations on them.
 */
class IconRendersTest {

	private static final List<String> BUNDLES = List.of("org.barometer.studio", "org.barometer.editor", "org.barometer.views");

	@Test
	void everySvgIconShipsPngRendersAtBothScalesThatLookLikeIt() {
		List<String> faults = new ArrayList<>();
		int icons = 0;
		for (String name : BUNDLES) {
			Bundle bundle = Platform.getBundle(name);
			for (URL svg : Collections.list(bundle.findEntries("icons", "*.svg", false))) {
				icons++;
				String path = svg.getPath().replaceFirst("^/", "");
				URL png = bundle.getEntry(path.replaceFirst("\\.svg$", ".png"));
				URL png2x = bundle.getEntry(path.replaceFirst("\\.svg$", "@2x.png"));
				if (png == null || png2x == null) {
					faults.add(name + "/" + path + " has no PNG render at " + (png == null ? "1x" : "2x"));
					continue;
				}
				for (int zoom : new int[] { 100, 200 }) {
					ImageData drawn = ImageDescriptor.createFromURL(svg).getImageData(zoom);
					ImageData shipped = ImageDescriptor.createFromURL(png).getImageData(zoom);
					int alike = ImagesAlike.percentAlike(drawn, shipped);
					if (alike < 95) {
						faults.add(name + "/" + path + " at " + zoom + "%: the PNG (" + shipped.width + "x" + shipped.height
								+ ") is not the SVG's drawing (" + drawn.width + "x" + drawn.height + "), " + alike + "% alike");
					}
				}
			}
		}
		assertTrue(icons >= 20, "the bundles' icons were found: " + icons);
		assertTrue(faults.isEmpty(), "run releng/scripts/render-icons.sh: " + faults);
	}

	@Test
	void theStudiosDeclarationsNameTheRendersNotTheSvgSources() {
		List<String> svgDeclared = new ArrayList<>();
		for (String point : List.of("org.eclipse.ui.views", "org.eclipse.ui.newWizards", "org.eclipse.ui.exportWizards",
				"org.eclipse.ui.importWizards", "org.eclipse.ui.genericeditor.icons", "org.eclipse.core.runtime.products")) {
			for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(point)) {
				if (!BUNDLES.contains(element.getContributor().getName())) {
					continue;
				}
				collectSvg(element, svgDeclared);
			}
		}
		for (String icon : List.of(StudioIcons.NEW_ISSUE, StudioIcons.EXPORT, StudioIcons.ISSUE_FILE, StudioIcons.NEW_ISSUE_BANNER)) {
			if (String.valueOf(StudioIcons.descriptor(icon)).contains(".svg")) {
				svgDeclared.add("StudioIcons " + icon);
			}
		}
		assertTrue(svgDeclared.isEmpty(), "declared as SVG, drawn by an SVG parser at start: " + svgDeclared);
	}

	private static void collectSvg(IConfigurationElement element, List<String> svgDeclared) {
		for (String attribute : element.getAttributeNames()) {
			String value = element.getAttribute(attribute);
			if (value != null && value.contains(".svg")) {
				svgDeclared.add(element.getContributor().getName() + " " + element.getName() + " " + attribute + "=" + value);
			}
		}
		for (IConfigurationElement child : element.getChildren()) {
			collectSvg(child, svgDeclared);
		}
	}
}
