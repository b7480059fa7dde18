package org.barometer.lang.messages;

import org.barometer.model.BarometerPackage.Literals;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** A name that refers to nothing, said in the analyst's words: which profile, relationship or band is unknown. */
public class UnresolvedNameMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = QuotedInput.of(context.getLinkText());
		EReference reference = context.getReference();
		String message;
		if (reference == Literals.ISSUE__PROFILE) {
			message = "No publication profile is named " + name + " in this folder: an issue names its publication's profile,"
					+ " as in issue 18 of MinskBarometer.";
		} else if (reference == Literals.RELATIONSHIP_SECTION__RELATIONSHIP) {
			message = "The profile has no relationship named " + name + ": a section names one of the relationships its profile lists.";
		} else if (reference == Literals.SECURITY_SECTION__STATED_COLOUR) {
			message = "The profile's colour scale has no band named " + name + ".";
		} else {
			message = "Nothing is named " + name + " here.";
		}
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}
}
