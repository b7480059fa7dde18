package org.barometer.lang.validation;

import static org.barometer.lang.validation.BarometerIssueCodes.*;

import org.barometer.lang.resource.BarometerResourceDescriptionStrategy;
import org.barometer.lang.messages.QuotedInput;
import org.barometer.model.BarometerPackage;
import org.barometer.model.BarometerPackage.Literals;
import org.barometer.model.Issue;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import java.util.ArrayList;
import java.util.List;

import com.google.inject.Inject;

/**
 * Issues of one publication against each other, through the index (no other file is
 * loaded): numbers are unique and follow the order of the periods.
 */
public class IssueNumberingValidator extends BarometerCheckBase {

	@Inject
	private ResourceDescriptionsProvider indexProvider;
	@Inject
	private IContainer.Manager containers;
	@Inject
	private IQualifiedNameProvider names;

	@Check(CheckType.NORMAL)
	public void issueNumberIsUnique(Issue issue) {
		for (IEObjectDescription other : otherIssues(issue)) {
			if (number(other) == issue.getNumber()) {
				warning("Issue " + issue.getNumber() + " is also the number of " + QuotedInput.shown(other.getEObjectURI().trimFragment().lastSegment())
						+ " (" + other.getUserData(BarometerResourceDescriptionStrategy.PERIOD_TEXT) + ").", issue,
						Literals.ISSUE__NUMBER, DUPLICATE_ISSUE_NUMBER);
				return;
			}
		}
	}

	@Check(CheckType.NORMAL)
	public void issueNumberFollowsPeriodOrder(Issue issue) {
		if (issue.getPeriod() == null || issue.getPeriod().getFirstMonth() == null) {
			return;
		}
		int ownPeriod = issue.getPeriod().getYear() * 12 + issue.getPeriod().getFirstMonth().getValue() - 1;
		for (IEObjectDescription other : otherIssues(issue)) {
			int otherNumber = number(other);
			int otherPeriod = Integer.parseInt(other.getUserData(BarometerResourceDescriptionStrategy.PERIOD_INDEX));
			boolean earlierButHigher = otherPeriod < ownPeriod && otherNumber > issue.getNumber();
			boolean laterButLower = otherPeriod > ownPeriod && otherNumber < issue.getNumber();
			if (earlierButHigher || laterButLower) {
				warning("Issue " + issue.getNumber() + " (" + PeriodText.of(issue.getPeriod()) + ") is numbered "
						+ (earlierButHigher ? "below" : "above") + " issue " + otherNumber + ", which covers "
						+ (earlierButHigher ? "an earlier" : "a later") + " period ("
						+ other.getUserData(BarometerResourceDescriptionStrategy.PERIOD_TEXT) + ").", issue,
						Literals.ISSUE__NUMBER, ISSUE_NUMBER_OUT_OF_ORDER);
				return;
			}
		}
	}

	/** The other issues of the same publication visible from this one. */
	private Iterable<IEObjectDescription> otherIssues(Issue issue) {
		QualifiedName own = names.getFullyQualifiedName(issue);
		if (own == null || issue.eResource() == null) {
			return List.of();
		}
		IResourceDescriptions index = indexProvider.getResourceDescriptions(issue.eResource());
		URI ownUri = issue.eResource().getURI();
		IResourceDescription ownDescription = index.getResourceDescription(ownUri);
		if (ownDescription == null) {
			return List.of();
		}
		List<IEObjectDescription> result = new ArrayList<>();
		for (IContainer container : containers.getVisibleContainers(ownDescription, index)) {
			for (IEObjectDescription other : container.getExportedObjectsByType(BarometerPackage.Literals.ISSUE)) {
				boolean samePublication = other.getQualifiedName().getFirstSegment().equals(own.getFirstSegment());
				if (samePublication && !other.getEObjectURI().trimFragment().equals(ownUri)
						&& other.getUserData(BarometerResourceDescriptionStrategy.NUMBER) != null) {
					result.add(other);
				}
			}
		}
		return result;
	}

	private static int number(IEObjectDescription issue) {
		return Integer.parseInt(issue.getUserData(BarometerResourceDescriptionStrategy.NUMBER));
	}
}
