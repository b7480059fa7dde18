package org.barometer.lang.scoping;

import org.barometer.model.BarometerPackage;
import org.barometer.model.PublicationProfile;
import org.barometer.model.navigation.Containers;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

/**
 * An issue names its sections' relationships and its stated colour by their simple names
 * (Russia, Yellow); those names are looked up in the profile the issue is written for.
 */
public class BarometerScopeProvider extends AbstractBarometerScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == BarometerPackage.Literals.RELATIONSHIP_SECTION__RELATIONSHIP) {
			PublicationProfile profile = Containers.profileOf(context);
			return profile == null ? IScope.NULLSCOPE : Scopes.scopeFor(profile.getRelationships());
		}
		if (reference == BarometerPackage.Literals.SECURITY_SECTION__STATED_COLOUR) {
			PublicationProfile profile = Containers.profileOf(context);
			return profile == null || profile.getScale() == null ? IScope.NULLSCOPE
					: Scopes.scopeFor(profile.getScale().getBands());
		}
		return super.getScope(context, reference);
	}
}
