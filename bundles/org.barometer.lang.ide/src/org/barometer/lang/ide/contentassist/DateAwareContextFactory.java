package org.barometer.lang.ide.contentassist;

import java.util.Arrays;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * Xtext finds no context at all inside a half-typed date such as "5 " or "22-29 Nov": a date
 * is one datatype rule with blanks in it. There, the contexts are those of the start of the
 * row's date, with what is typed of the date as their prefix, so that the proposals complete
 * it (see {@link DateCompletions}).
 */
public class DateAwareContextFactory extends ContentAssistContextFactory {

	@Override
	public ContentAssistContext[] create(String document, ITextRegion selection, int offset, XtextResource resource) {
		ContentAssistContext[] contexts = super.create(document, selection, offset, resource);
		if (contexts.length > 0) {
			return contexts;
		}
		int dateStart = DateCompletions.startOfDateBefore(document, offset);
		if (dateStart < 0 || dateStart == offset) {
			return contexts;
		}
		String typed = document.substring(dateStart, offset);
		ContentAssistContext[] atDateStart = super.create(document, new TextRegion(dateStart, 0), dateStart, resource);
		return Arrays.stream(atDateStart)
				.map(context -> context.copy().setPrefix(typed).setOffset(offset)
						.setReplaceRegion(new TextRegion(dateStart, offset - dateStart)).toContext())
				.toArray(ContentAssistContext[]::new);
	}
}
