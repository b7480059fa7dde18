package org.barometer.lang.resource;

import java.util.Map;

import org.barometer.model.Issue;
import org.barometer.model.Period;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

/** Exports each issue with its number and period, so that issues can be checked against each other without loading them. */
public class BarometerResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	public static final String NUMBER = "number";
	/** First month of the period as year * 12 + month - 1: comparable across years. */
	public static final String PERIOD_INDEX = "periodIndex";
	public static final String PERIOD_TEXT = "period";

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (object instanceof Issue issue) {
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(issue);
			Period period = issue.getPeriod();
			if (name != null && period != null && period.getFirstMonth() != null && period.getSecondMonth() != null) {
				acceptor.accept(EObjectDescription.create(name, issue, Map.of(
						NUMBER, Integer.toString(issue.getNumber()),
						PERIOD_INDEX, Integer.toString(period.getYear() * 12 + period.getFirstMonth().getValue() - 1),
						PERIOD_TEXT, period.getFirstMonth().getLiteral() + "-" + period.getSecondMonth().getLiteral() + " " + period.getYear())));
			}
			return true;
		}
		return super.createEObjectDescriptions(object, acceptor);
	}
}
