package org.barometer.lang.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The checks of a Barometer file, one class per concern: stated figures against computed
 * ones, the dates of catalogue rows, the rows themselves, the profile, the structure of an
 * issue, and issues and profiles against each other.
 */
@ComposedChecks(validators = { StatedFigureValidator.class, EventDateValidator.class, CatalogueValidator.class,
		ProfileValidator.class, IssueStructureValidator.class, IssueNumberingValidator.class,
		ProfileDeclarationValidator.class })
public class BarometerValidator extends AbstractBarometerValidator {
}
