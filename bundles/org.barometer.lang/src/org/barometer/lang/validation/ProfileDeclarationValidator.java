package org.barometer.lang.validation;

import static org.barometer.lang.validation.BarometerIssueCodes.*;

import java.util.ArrayList;
import java.util.List;

import org.barometer.lang.messages.QuotedInput;
import org.barometer.model.BarometerPackage;
import org.barometer.model.BarometerPackage.Literals;
import org.barometer.model.Issue;
import org.barometer.model.PublicationProfile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/**
 * A publication's profile is declared in one file of a project. With two, an issue binds to
 * whichever the index lists first, silently: both declarations, and the issues, say so.
 */
public class ProfileDeclarationValidator extends BarometerCheckBase {

	@Inject
	private ResourceDescriptionsProvider indexProvider;
	@Inject
	private IContainer.Manager containers;
	@Inject
	private IQualifiedNameProvider names;

	@Check(CheckType.NORMAL)
	public void profileIsDeclaredOnce(PublicationProfile profile) {
		List<URI> others = otherDeclarations(profile, names.getFullyQualifiedName(profile));
		if (!others.isEmpty()) {
			error("The profile " + profile.getName() + " is also declared in " + fileNames(others)
					+ ": its issues cannot tell which one they follow; keep one.", profile, Literals.PUBLICATION_PROFILE__NAME,
					PROFILE_DECLARED_TWICE);
		}
	}

	@Check(CheckType.NORMAL)
	public void issueProfileIsDeclaredOnce(Issue issue) {
		PublicationProfile profile = issue.getProfile();
		if (profile == null || profile.eIsProxy() || profile.eResource() == null) {
			return;
		}
		List<URI> others = otherDeclarations(issue, names.getFullyQualifiedName(profile));
		others.remove(profile.eResource().getURI());
		if (!others.isEmpty()) {
			error("The profile " + profile.getName() + " is declared in " + (others.size() + 1) + " files ("
					+ QuotedInput.shown(profile.eResource().getURI().lastSegment()) + ", " + fileNames(others) + "): keep one.", issue,
					Literals.ISSUE__PROFILE, PROFILE_DECLARED_TWICE);
		}
	}

	/** The files other than the context's own that declare a profile of this name. */
	private List<URI> otherDeclarations(EObject context, QualifiedName name) {
		List<URI> result = new ArrayList<>();
		if (name == null || context.eResource() == null) {
			return result;
		}
		IResourceDescriptions index = indexProvider.getResourceDescriptions(context.eResource());
		URI own = context.eResource().getURI();
		IResourceDescription ownDescription = index.getResourceDescription(own);
		if (ownDescription == null) {
			return result;
		}
		for (IContainer container : containers.getVisibleContainers(ownDescription, index)) {
			for (IEObjectDescription other : container.getExportedObjects(BarometerPackage.Literals.PUBLICATION_PROFILE, name, false)) {
				URI file = other.getEObjectURI().trimFragment();
				if (!file.equals(own) && !result.contains(file)) {
					result.add(file);
				}
			}
		}
		return result;
	}

	private static String fileNames(List<URI> files) {
		return String.join(", ", files.stream().map(file -> QuotedInput.shown(file.lastSegment())).toList());
	}
}
