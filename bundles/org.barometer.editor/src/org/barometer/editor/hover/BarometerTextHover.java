package org.barometer.editor.hover;

import java.util.function.Supplier;

import org.barometer.editor.live.CurrentModel;
import org.barometer.lang.ide.hover.BarometerHoverTexts;
import org.barometer.workspace.BarometerInjector;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Adapts {@link BarometerHoverTexts}: running and final totals on a score, computed indices on
 * a section, computed against stated on a figure. Diagnostics get the generic editor's own
 * marker hover.
 */
public class BarometerTextHover implements ITextHover {

	private final Supplier<BarometerHoverTexts> texts = BarometerInjector.lazily(BarometerHoverTexts.class);

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		try {
			XtextResource resource = CurrentModel.of(viewer.getDocument());
			return resource == null ? null : texts.get().hoverAt(resource, region.getOffset()).orElse(null);
		} catch (CoreException | RuntimeException e) {
			ILog.of(getClass()).error("Hover failed at offset " + region.getOffset(), e);
			return null;
		}
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
